package th.prongsai.web.landing;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import th.prongsai.web.layout.YearChoice;
import th.prongsai.web.platform.GatewayClient;
import th.prongsai.web.signin.SignedInUser;

/**
 * Where each user starts: a municipal user in their municipality's year, others on the list of the
 * municipalities they may see (the provincial and national consoles build on it).
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
    String start(Model model) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        if (user.tenant() != null) {
            return "redirect:/m/" + user.tenant();
        }
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
