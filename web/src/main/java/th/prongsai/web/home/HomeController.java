package th.prongsai.web.home;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;
import th.prongsai.web.platform.SignedInUser;

/**
 * A fiscal year's home (ภาพรวมปีงบประมาณ): last year's scores against the pass mark, the analysis that says which
 * indicators this year's measures must answer, the measures by status, where the report stands and what to do
 * next. Every figure is the API's; a part the platform has no data for says so instead of failing the page.
 */
@Controller
class HomeController {

    static final List<String> MEASURE_STATUSES = List.of("PLANNED", "IN_PROGRESS", "DONE", "NOT_DONE");

    private final GatewayClient gateway;

    HomeController(GatewayClient gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/m/{code}/{fy:\\d{4}}")
    String home(@PathVariable String code, @PathVariable int fy, Model model) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        int last = fy - 1;
        Optional<Map<String, Object>> scores =
                absentIfMissing(() -> gateway.get("/t/{code}/api/fiscal-years/{fy}/scores", code, last));
        Optional<Map<String, Object>> analysis = scores.isEmpty()
                ? Optional.empty()
                : absentIfMissing(() -> gateway.get("/t/{code}/api/fiscal-years/{fy}/analysis", code, fy));
        List<Map<String, Object>> measures =
                gateway.list("/t/{code}/api/fiscal-years/{fy}/measures?size=500", code, fy);
        Map<String, Object> status = gateway.get("/t/{code}/api/fiscal-years/{fy}/report/status", code, fy);
        Map<String, Object> checks =
                measures.isEmpty() ? Map.of() : gateway.get("/t/{code}/api/fiscal-years/{fy}/report/checks", code, fy);
        // Analytics may not know this agency or year yet, or may not let this user see ranks: the page says so.
        Optional<Map<String, Object>> scorecard =
                absentIfMissingOrRefused(() -> gateway.get("/api/analytics/scorecards/{code}/{fy}", code, last));

        model.addAttribute("lastFy", last);
        model.addAttribute("scores", scores.orElse(null));
        model.addAttribute("chart", scores.map(ScoreChart::of).orElse(null));
        model.addAttribute("analysis", analysis.orElse(null));
        model.addAttribute("measuresByNumber", byNumber(measures));
        model.addAttribute("measureCount", measures.size());
        model.addAttribute("statusCounts", countByStatus(measures));
        model.addAttribute("report", status);
        model.addAttribute("scorecard", scorecard.orElse(null));
        model.addAttribute("rankGroups", List.of("province", "type", "national"));
        model.addAttribute("next", NextStep.of(code, fy, user, scores.isPresent(), measures.size(), status, checks));
        model.addAttribute("mayEdit", user.mayEdit(code));
        return "home/home";
    }

    private static Map<Object, Map<String, Object>> byNumber(List<Map<String, Object>> measures) {
        Map<Object, Map<String, Object>> byNumber = new LinkedHashMap<>();
        for (Map<String, Object> m : measures) {
            Object number = m.get("number");
            byNumber.put(number instanceof Number n ? n.intValue() : number, m);
        }
        return byNumber;
    }

    /** The number of this year's measures in each status, in the order work goes. */
    private static Map<String, Long> countByStatus(List<Map<String, Object>> measures) {
        Map<String, Long> counts = new LinkedHashMap<>();
        MEASURE_STATUSES.forEach(s -> counts.put(s, 0L));
        for (Map<String, Object> m : measures) {
            counts.merge(String.valueOf(m.get("status")), 1L, Long::sum);
        }
        return counts;
    }

    private static <T> Optional<T> absentIfMissing(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (ApiException.NotFound missing) {
            return Optional.empty();
        }
    }

    private static <T> Optional<T> absentIfMissingOrRefused(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (ApiException.NotFound | ApiException.Forbidden | ApiException.Unavailable absent) {
            return Optional.empty();
        }
    }
}
