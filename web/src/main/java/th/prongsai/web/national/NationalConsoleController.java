package th.prongsai.web.national;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import th.prongsai.web.platform.GatewayClient;

/** The national console's start page: the registry in figures and the latest onboarding jobs. */
@Controller
class NationalConsoleController {

    private final GatewayClient gateway;

    NationalConsoleController(GatewayClient gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/national")
    String home(Model model) {
        // each figure is the registry's own total for that filter (a one-row page), never counted here
        model.addAttribute("total", total("/api/tenants?size=1"));
        Map<String, Object> byStatus = new LinkedHashMap<>();
        for (String status : Registry.STATUSES) {
            byStatus.put(status, total("/api/tenants?size=1&status={s}", status));
        }
        Map<String, Object> byType = new LinkedHashMap<>();
        for (String type : Registry.TYPES) {
            byType.put(type, total("/api/tenants?size=1&type={t}", type));
        }
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("byType", byType);
        List<Map<String, Object>> jobs = gateway.list("/api/onboarding-jobs?limit=5");
        model.addAttribute("jobs", jobs);
        return "national/home";
    }

    private Object total(String path, Object... variables) {
        return gateway.get(path, variables).get("total");
    }
}
