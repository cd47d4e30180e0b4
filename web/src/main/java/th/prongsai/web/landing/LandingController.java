package th.prongsai.web.landing;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import th.prongsai.web.layout.YearChoice;
import th.prongsai.web.platform.GatewayClient;
import th.prongsai.web.platform.SignedInUser;

/**
 * Where each user starts: a municipal user in their municipality's year, a provincial officer on the province's
 * dashboard, a national administrator on the national console.
 */
@Controller
class LandingController {

    private final GatewayClient gateway;
    private final YearChoice years;

    LandingController(GatewayClient gateway, YearChoice years) {
        this.gateway = gateway;
        this.years = years;
    }

    @GetMapping("/")
    String start() {
        SignedInUser user = SignedInUser.current().orElseThrow();
        if (user.tenant() != null) {
            return "redirect:/m/" + user.tenant();
        }
        return user.isNationalAdmin()
                ? "redirect:/national"
                : user.isProvincialOfficer() ? "redirect:/province" : "redirect:/municipalities";
    }

    /** The municipalities this user may see (the gateway scopes the registry: a province's, or all). */
    @GetMapping("/municipalities")
    String municipalities(Model model) {
        Map<String, Object> page = gateway.get("/api/tenants?size=500");
        model.addAttribute("tenants", page.getOrDefault("items", List.of()));
        return "landing/municipalities";
    }

    /** A municipality without a year named: the year its work is in now. */
    @GetMapping("/m/{code}")
    String municipality(@PathVariable String code) {
        return "redirect:/m/" + code + "/" + years.workingYear(code);
    }
}
