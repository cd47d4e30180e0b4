package th.prongsai.web.publicpage;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import th.prongsai.web.platform.ApiException;
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
    String page(@PathVariable String code, Model model, HttpServletResponse response) {
        Map<String, Object> listing;
        try {
            listing = gateway.get("/public/{code}/reports", code);
        } catch (ApiException.Invalid notACode) {
            // an address that cannot name a municipality is, for a citizen, simply a page that does not exist
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("status", 404);
            model.addAttribute("municipality", null);
            return "error/404";
        }
        Map<String, Object> municipality = new LinkedHashMap<>();
        municipality.put("code", code);
        municipality.put("nameTh", listing.get("nameTh") != null ? listing.get("nameTh") : code);
        municipality.put("nameEn", listing.get("nameEn"));
        // the registry entry of the layout needs a token; the listing carries the public names instead
        model.addAttribute("municipality", municipality);
        // a citizen's page has no working year to show or change
        model.addAttribute("navFy", null);
        model.addAttribute("years", byYear(listing));
        return "public/public";
    }

    /** The versions grouped by fiscal year, newest year first, as the API orders them. */
    @SuppressWarnings("unchecked")
    private static Map<Object, List<Map<String, Object>>> byYear(Map<String, Object> listing) {
        Map<Object, List<Map<String, Object>>> years = new LinkedHashMap<>();
        for (Map<String, Object> report : (List<Map<String, Object>>) listing.getOrDefault("reports", List.of())) {
            years.computeIfAbsent(report.get("fiscalYear"), y -> new ArrayList<>())
                    .add(report);
        }
        return years;
    }
}
