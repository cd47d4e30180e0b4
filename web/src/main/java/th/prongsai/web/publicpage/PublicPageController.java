package th.prongsai.web.publicpage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import th.prongsai.web.platform.GatewayClient;

/**
 * A municipality's public page, open to anyone (a citizen, an NACC assessor): its published reports by fiscal
 * year and version, each with its download links, publication date and SHA-256. The listing comes from
 * report-service's {@code GET /public/{code}/reports}, asked without a token when nobody is signed in.
 */
@Controller
class PublicPageController {

    private final GatewayClient gateway;

    PublicPageController(GatewayClient gateway) {
        this.gateway = gateway;
    }

    @GetMapping({"/public/{code}", "/public/{code}/"})
    String page(@PathVariable String code, Model model) {
        Map<String, Object> listing = gateway.get("/public/{code}/reports", code);
        Map<String, Object> municipality = new LinkedHashMap<>();
        municipality.put("code", code);
        municipality.put("nameTh", listing.get("nameTh") != null ? listing.get("nameTh") : code);
        municipality.put("nameEn", listing.get("nameEn"));
        // the registry entry of the layout needs a token; the listing carries the public names instead
        model.addAttribute("municipality", municipality);
        model.addAttribute("years", byYear(listing));
        return "public/public";
    }

    /** The versions grouped by fiscal year, newest year first, as the API orders them. */
    @SuppressWarnings("unchecked")
    private static Map<Object, List<Map<String, Object>>> byYear(Map<String, Object> listing) {
        Map<Object, List<Map<String, Object>>> years = new LinkedHashMap<>();
        for (Map<String, Object> report : (List<Map<String, Object>>) listing.getOrDefault("reports", List.of())) {
            years.computeIfAbsent(report.get("fiscalYear"), y -> new ArrayList<>()).add(report);
        }
        return years;
    }
}
