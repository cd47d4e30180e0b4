package th.prongsai.web.measures;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import th.prongsai.web.errors.PageRefused;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.SignedInUser;

/**
 * The year's measures: a table to filter and search (a GET form, so a filtered list is a link), counts by status,
 * and for those who may edit: add, move up or down, and start the year from last year's measures.
 */
@Controller
class MeasureListController {

    static final List<String> STATUSES = List.of("PLANNED", "IN_PROGRESS", "DONE", "NOT_DONE");

    private final MeasuresApi api;

    MeasureListController(MeasuresApi api) {
        this.api = api;
    }

    @GetMapping("/m/{code}/{fy}/measures")
    String list(
            @PathVariable String code,
            @PathVariable int fy,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String theme,
            @RequestParam(defaultValue = "") String indicator,
            @RequestParam(defaultValue = "") String q,
            Model model) {
        List<Map<String, Object>> all = api.measures(code, fy);
        List<Map<String, Object>> themes = api.themes(code, fy);
        List<MeasuresApi.Indicator> indicators = api.indicators(fy);
        Map<String, Integer> counts = new LinkedHashMap<>();
        STATUSES.forEach(s -> counts.put(s, 0));
        all.forEach(m -> counts.merge(MeasuresApi.str(m.get("status")), 1, Integer::sum));
        // the API filters (an indicator also matches its sub-indicators); only choices this page offered are sent
        String statusFilter = STATUSES.contains(status) ? status : "";
        String themeFilter = theme.matches("\\d{1,18}") ? theme : "";
        String indicatorFilter = indicators.stream().anyMatch(i -> i.code().equals(indicator)) ? indicator : "";
        String text = q.strip().length() > 200 ? q.strip().substring(0, 200) : q.strip();
        boolean filtered = !(statusFilter + themeFilter + indicatorFilter + text).isEmpty();
        List<Map<String, Object>> shown =
                filtered ? api.measures(code, fy, statusFilter, themeFilter, indicatorFilter, text) : all;
        model.addAttribute("measures", shown);
        model.addAttribute("total", all.size());
        model.addAttribute(
                "ids", all.stream().map(m -> ((Number) m.get("id")).longValue()).toList());
        model.addAttribute("counts", counts);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("themes", themes);
        model.addAttribute("themeNames", MeasuresApi.byId(themes, "title"));
        model.addAttribute("indicators", indicators);
        model.addAttribute("indicatorNames", MeasuresApi.indicatorNames(indicators));
        model.addAttribute("departmentNames", MeasuresApi.byId(api.departments(code), "name"));
        model.addAttribute("filter", Map.of("status", status, "theme", theme, "indicator", indicator, "q", q));
        model.addAttribute("filtered", filtered);
        return "measures/list";
    }

    /** Moves one measure up or down; the API renumbers the whole year 1…n in the new order. */
    @PostMapping("/m/{code}/{fy}/measures/order")
    String move(
            @PathVariable String code,
            @PathVariable int fy,
            @RequestParam long id,
            @RequestParam String direction,
            RedirectAttributes redirect) {
        List<Long> ids = new ArrayList<>(api.measures(code, fy).stream()
                .map(m -> ((Number) m.get("id")).longValue())
                .toList());
        int at = ids.indexOf(id);
        int to = "up".equals(direction) ? at - 1 : at + 1;
        if (at >= 0 && to >= 0 && to < ids.size()) {
            ids.set(at, ids.get(to));
            ids.set(to, id);
            api.reorder(code, fy, ids);
            redirect.addFlashAttribute("notice", "measures.moved");
        }
        return "redirect:/m/" + code + "/" + fy + "/measures#measure-" + id;
    }

    /** What copying last year's measures does, before it is done. */
    @GetMapping("/m/{code}/{fy}/measures/copy")
    String copyForm(@PathVariable String code, @PathVariable int fy, Model model) {
        requireEditor(code);
        List<Map<String, Object>> source = api.measures(code, fy - 1);
        model.addAttribute("from", fy - 1);
        model.addAttribute("source", source);
        model.addAttribute("sourceThemes", api.themes(code, fy - 1).size());
        model.addAttribute("targetCount", api.measures(code, fy).size());
        model.addAttribute("targetThemes", api.themes(code, fy).size());
        return "measures/copy";
    }

    @PostMapping("/m/{code}/{fy}/measures/copy")
    String copy(
            @PathVariable String code,
            @PathVariable int fy,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            Map<String, Object> summary = api.copy(code, fy, fy - 1);
            redirect.addFlashAttribute("copied", summary);
            return "redirect:/m/" + code + "/" + fy + "/measures";
        } catch (ApiException.Conflict | ApiException.NotFound | ApiException.Invalid refused) {
            // the year is no longer empty, or last year has nothing: say so on the same page
            model.addAttribute("refused", refused.problem().detail());
            response.setStatus(refused.status());
            return copyForm(code, fy, model);
        }
    }

    static boolean mayEdit(String code) {
        return SignedInUser.mayEditNow(code);
    }

    /** The 403 page for a person who may not edit this municipality's measures. */
    static void requireEditor(String code) {
        if (!mayEdit(code)) {
            throw PageRefused.forbidden(null);
        }
    }
}
