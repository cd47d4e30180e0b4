package th.prongsai.analytics.tenants;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.Role;
import th.prongsai.tenancy.security.Callers;

/** The tenants analytics has learnt from lifecycle events, scoped to what the caller may see. */
@RestController
@RequestMapping("/api/analytics/tenants")
class TenantsController {

    private final TenantRecords records;

    TenantsController(TenantRecords records) {
        this.records = records;
    }

    @GetMapping
    List<TenantRecord> list(@RequestParam(defaultValue = "1000") @Min(1) @Max(10_000) int size) {
        Caller caller = Callers.current();
        if (caller.has(Role.NATIONAL_ADMIN)) {
            return records.all(size);
        }
        if (caller.has(Role.PROVINCIAL_OFFICER) && caller.province().isPresent()) {
            return records.inProvince(caller.province().get(), size);
        }
        if (caller.tenant().isPresent() && (caller.has(Role.MUNICIPAL_ADMIN) || caller.has(Role.MUNICIPAL_OFFICER))) {
            return records.byCode(caller.tenant().get().value());
        }
        throw new ResponseStatusException(HttpStatus.FORBIDDEN, "This account may not read analytics");
    }
}
