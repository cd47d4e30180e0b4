package th.prongsai.tenant.tenant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.function.Supplier;
import org.slf4j.MDC;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.platform.web.SingleLine;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenancy.security.Callers;
import th.prongsai.tenant.PageView;

@RestController
@RequestMapping("/api/tenants")
class TenantController {

    private static final String MDC_TENANT = "tenant";

    record OnboardRequest(
            @NotBlank
            @Size(max = 40)
            @Pattern(
                    regexp = "^[a-z][a-z0-9-]{1,39}$",
                    message = "lower-case letters, digits and -, starting with a letter, 2-40 characters")
            String code,

            @NotBlank @Size(max = 200) @SingleLine String nameTh,
            @NotBlank @Size(max = 200) @SingleLine String nameEn,
            @NotNull TenantType type,

            @NotBlank @Pattern(regexp = "^\\d{2}$", message = "must be a 2-digit province code")
            String province,

            @Size(max = 100) @SingleLine String district,

            @Pattern(regexp = "^\\d{7}$", message = "must be the 7-digit DLA code")
            String dlaCode,

            @Size(max = 300) @SingleLine @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
            String website) {}

    private final TenantRegistry registry;
    private final Onboarding onboarding;
    private final LifecycleChanges lifecycle;

    TenantController(TenantRegistry registry, Onboarding onboarding, LifecycleChanges lifecycle) {
        this.registry = registry;
        this.onboarding = onboarding;
        this.lifecycle = lifecycle;
    }

    @GetMapping
    PageView<TenantView> list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) @Pattern(regexp = "^\\d{2}$", message = "must be a 2-digit province code")
                    String province,
            @RequestParam(required = false) TenantType type,
            @RequestParam(required = false) TenantStatus status) {
        return PageView.of(registry.list(
                Callers.current(),
                new TenantRegistry.Filter(q, province, type, status),
                PageRequest.of(page, size, Sort.by("code"))));
    }

    @GetMapping("/{code}")
    TenantView get(@PathVariable String code) {
        TenantCode tenant = TenantCode.of(code);
        return inTenant(tenant, () -> registry.find(Callers.current(), tenant));
    }

    @PostMapping
    ResponseEntity<TenantView> onboard(@Valid @RequestBody OnboardRequest request) {
        TenantCode code = TenantCode.of(request.code());
        TenantView created = inTenant(
                code,
                () -> onboarding.onboard(
                        Callers.current(),
                        new NewTenant(
                                code,
                                request.nameTh().strip(),
                                request.nameEn().strip(),
                                request.type(),
                                request.province(),
                                blankToNull(request.district()),
                                blankToNull(request.dlaCode()),
                                blankToNull(request.website()))));
        return ResponseEntity.created(URI.create("/api/tenants/" + created.code()))
                .body(created);
    }

    @PostMapping("/{code}/provision")
    TenantView provision(@PathVariable String code) {
        TenantCode tenant = TenantCode.of(code);
        return inTenant(tenant, () -> onboarding.retry(Callers.current(), tenant));
    }

    @PostMapping("/{code}/suspend")
    TenantView suspend(@PathVariable String code) {
        return transition(code, TenantRegistry.Transition.SUSPEND);
    }

    @PostMapping("/{code}/activate")
    TenantView activate(@PathVariable String code) {
        return transition(code, TenantRegistry.Transition.ACTIVATE);
    }

    @PostMapping("/{code}/archive")
    TenantView archive(@PathVariable String code) {
        return transition(code, TenantRegistry.Transition.ARCHIVE);
    }

    private TenantView transition(String code, TenantRegistry.Transition transition) {
        TenantCode tenant = TenantCode.of(code);
        return inTenant(tenant, () -> lifecycle.apply(Callers.current(), tenant, transition));
    }

    private static <T> T inTenant(TenantCode code, Supplier<T> work) {
        MDC.put(MDC_TENANT, code.value());
        try {
            return work.get();
        } finally {
            MDC.remove(MDC_TENANT);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
