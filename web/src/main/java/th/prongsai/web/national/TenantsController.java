package th.prongsai.web.national;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;

/**
 * The registry of local governments: search and filters, one entry with its lifecycle actions (each confirmed
 * on a page of its own), and onboarding one by form. The path variable is {@code tenant}, not {@code code}: these
 * are console pages, so the layout keeps the console's menu rather than the municipality's.
 */
@Controller
class TenantsController {

    static final int PAGE_SIZE = 50;
    private static final Set<String> ACTIONS = Set.of("suspend", "activate", "archive");
    private static final List<String> ORDER =
            List.of("code", "nameTh", "nameEn", "type", "province", "district", "dlaCode", "website");
    private static final Set<String> FIELDS = Set.copyOf(ORDER);

    /** What the onboarding form holds, kept as typed when the platform refuses it. */
    record NewTenantForm(
            String code,
            String nameTh,
            String nameEn,
            String type,
            String province,
            String district,
            String dlaCode,
            String website) {
        static NewTenantForm empty() {
            return new NewTenantForm("", "", "", "", "", "", "", "");
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", trim(code));
            body.put("nameTh", trim(nameTh));
            body.put("nameEn", trim(nameEn));
            body.put("type", blankToNull(type));
            body.put("province", trim(province));
            body.put("district", blankToNull(district));
            body.put("dlaCode", blankToNull(dlaCode));
            body.put("website", blankToNull(website));
            return body;
        }
    }

    private final GatewayClient gateway;
    private final Registry registry;

    TenantsController(GatewayClient gateway, Registry registry) {
        this.gateway = gateway;
        this.registry = registry;
    }

    @GetMapping("/national/tenants")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String province,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int current = Math.max(0, page);
        StringBuilder path = new StringBuilder("/api/tenants?page={page}&size={size}");
        List<Object> variables = new ArrayList<>(List.of(current, PAGE_SIZE));
        // only the filters chosen are sent (an empty province is not a province code)
        if (!q.isBlank()) {
            path.append("&q={q}");
            variables.add(q.strip());
        }
        if (province.matches("\\d{2}")) {
            path.append("&province={p}");
            variables.add(province);
        }
        if (Registry.TYPES.contains(type)) {
            path.append("&type={t}");
            variables.add(type);
        }
        if (Registry.STATUSES.contains(status)) {
            path.append("&status={s}");
            variables.add(status);
        }
        Map<String, Object> result = gateway.get(path.toString(), variables.toArray());
        List<Map<String, Object>> provinces = registry.provinces();
        long total = ((Number) result.getOrDefault("total", 0)).longValue();
        model.addAttribute("tenants", result.getOrDefault("items", List.of()));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("first", total == 0 ? 0 : current * (long) PAGE_SIZE + 1);
        model.addAttribute("last", Math.min(total, (current + 1) * (long) PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("province", province);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("provinces", provinces);
        model.addAttribute("provinceNames", registry.provinceNames(provinces));
        model.addAttribute("types", Registry.TYPES);
        model.addAttribute("statuses", Registry.STATUSES);
        return "national/tenants";
    }

    @GetMapping("/national/tenants/new")
    String newForm(Model model) {
        return form(NewTenantForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/national/tenants/new")
    String onboard(@ModelAttribute NewTenantForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors;
        try {
            Map<String, Object> created = gateway.post("/api/tenants", form.body());
            redirect.addFlashAttribute("notice", "national.tenant.onboarded");
            return "redirect:/national/tenants/" + created.get("code");
        } catch (ApiException.Invalid e) {
            errors = ConsoleErrors.from(e, "national.tenant.error.", FIELDS).inOrder(ORDER);
        } catch (ApiException.Conflict e) {
            errors = FormErrors.none().add("code", "national.tenant.error.duplicate");
        }
        return form(form, errors, model);
    }

    private String form(NewTenantForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("provinces", registry.provinces());
        model.addAttribute("types", Registry.TYPES);
        return "national/tenant-new";
    }

    @GetMapping("/national/tenants/{tenant}")
    String entry(@PathVariable String tenant, Model model) {
        Map<String, Object> entry = gateway.get("/api/tenants/{c}", tenant);
        model.addAttribute("tenant", entry);
        model.addAttribute("provinceNames", registry.provinceNames(registry.provinces()));
        return "national/tenant";
    }

    /** The confirmation page of a lifecycle action: what it does to the municipality, and a button to do it. */
    @GetMapping("/national/tenants/{tenant}/{action:suspend|activate|archive}")
    String confirm(@PathVariable String tenant, @PathVariable String action, Model model) {
        model.addAttribute("tenant", gateway.get("/api/tenants/{c}", tenant));
        model.addAttribute("action", action);
        return "national/tenant-confirm";
    }

    @PostMapping("/national/tenants/{tenant}/{action:suspend|activate|archive}")
    String transition(@PathVariable String tenant, @PathVariable String action, RedirectAttributes redirect) {
        if (!ACTIONS.contains(action)) {
            return "redirect:/national/tenants/" + tenant;
        }
        try {
            gateway.post("/api/tenants/{c}/" + action, null, tenant);
            redirect.addFlashAttribute("notice", "national.tenant.done." + action);
        } catch (ApiException.Conflict e) {
            // the state changed meanwhile (someone else acted first): the entry shows where it is now
            redirect.addFlashAttribute("conflict", e.problem().detail());
        }
        return "redirect:/national/tenants/" + tenant;
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
