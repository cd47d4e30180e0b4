package th.prongsai.web.scores;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;
import th.prongsai.web.platform.SignedInUser;

/**
 * A fiscal year's ITA scores as the NACC announced them: the ten indicator scores (names from that year's
 * framework), the published overall and level. The API computes every other figure and the mismatches between
 * published and computed; this page shows them after saving. What the user typed is never lost on an error.
 */
@Controller
class ScoresController {

    private final GatewayClient gateway;

    ScoresController(GatewayClient gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/m/{code}/{fy:\\d{4}}/scores")
    String form(@PathVariable String code, @PathVariable int fy, Model model) {
        Optional<Map<String, Object>> scores = stored(code, fy);
        model.addAttribute(
                "form", scores.map(ScoresController::formOf).orElseGet(() -> new ScoreForm(Map.of(), "", "", "")));
        model.addAttribute("errors", FormErrors.none());
        return page(code, fy, scores.orElse(null), null, model);
    }

    @PostMapping("/m/{code}/{fy:\\d{4}}/scores")
    String save(
            @PathVariable String code,
            @PathVariable int fy,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Map<String, Object> framework = gateway.get("/api/frameworks/{fy}", fy);
        Map<String, String> typed = new LinkedHashMap<>();
        for (Object indicator : indicatorsOf(framework)) {
            String c = String.valueOf(((Map<?, ?>) indicator).get("code"));
            typed.put(c, params.getOrDefault("indicators." + c, "").strip());
        }
        ScoreForm form = new ScoreForm(
                typed,
                params.getOrDefault("publishedOverall", "").strip(),
                params.getOrDefault("publishedLevel", ""),
                params.getOrDefault("version", ""));
        try {
            gateway.put("/t/{code}/api/fiscal-years/{fy}/scores", body(form), code, fy);
            redirect.addFlashAttribute("notice", "scores.saved");
            return "redirect:/m/" + code + "/" + fy + "/scores#computed";
        } catch (ApiException.Invalid e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", ScoreErrors.from(e));
            return page(code, fy, stored(code, fy).orElse(null), framework, model);
        } catch (ApiException.Conflict e) {
            // Someone saved first: keep what this user typed, show what is stored now, and let a second save replace
            // it.
            Map<String, Object> current = stored(code, fy).orElse(null);
            String version =
                    current == null || current.get("version") == null ? "" : String.valueOf(current.get("version"));
            model.addAttribute("form", new ScoreForm(typed, form.publishedOverall(), form.publishedLevel(), version));
            model.addAttribute("errors", FormErrors.general("scores.conflict"));
            model.addAttribute("conflict", current == null ? null : formOf(current));
            return page(code, fy, current, framework, model);
        }
    }

    private String page(String code, int fy, Map<String, Object> scores, Map<String, Object> framework, Model model) {
        Map<String, Object> year = framework != null ? framework : gateway.get("/api/frameworks/{fy}", fy);
        model.addAttribute("framework", year);
        model.addAttribute("scores", scores);
        model.addAttribute("mayEdit", SignedInUser.mayEditNow(code));
        return "scores/scores";
    }

    private Optional<Map<String, Object>> stored(String code, int fy) {
        try {
            return Optional.of(gateway.get("/t/{code}/api/fiscal-years/{fy}/scores", code, fy));
        } catch (ApiException.NotFound none) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> indicatorsOf(Map<String, Object> framework) {
        return ((List<Map<String, Object>>) framework.getOrDefault("tools", List.of()))
                .stream()
                        .flatMap(t -> ((List<Object>) t.getOrDefault("indicators", List.of())).stream())
                        .toList();
    }

    @SuppressWarnings("unchecked")
    private static ScoreForm formOf(Map<String, Object> scores) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map<String, Object> i : (List<Map<String, Object>>) scores.getOrDefault("indicators", List.of())) {
            values.put(String.valueOf(i.get("code")), plain(i.get("score")));
        }
        Map<String, Object> level = (Map<String, Object>) scores.get("publishedLevel");
        return new ScoreForm(
                values,
                plain(scores.get("publishedOverall")),
                level == null ? "" : String.valueOf(level.get("code")),
                scores.get("version") == null ? "" : String.valueOf(scores.get("version")));
    }

    private static String plain(Object number) {
        if (number == null) {
            return "";
        }
        BigDecimal value = new BigDecimal(number.toString());
        // the API's scores have at most two decimals; JSON drops trailing zeros, the announcement shows them
        return (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
    }

    /**
     * The PUT body. A number that does not parse is sent as typed, so the API names the field; Thai digits and a
     * decimal comma are read as the user meant them.
     */
    private static Map<String, Object> body(ScoreForm form) {
        Map<String, Object> indicators = new LinkedHashMap<>();
        form.indicators().forEach((c, v) -> {
            if (!v.isEmpty()) {
                indicators.put(c, number(v));
            }
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("indicators", indicators);
        body.put("publishedOverall", form.publishedOverall().isEmpty() ? null : number(form.publishedOverall()));
        body.put("publishedLevel", form.publishedLevel().isBlank() ? null : form.publishedLevel());
        body.put("version", form.version().matches("\\d{1,18}") ? Long.valueOf(form.version()) : null);
        return body;
    }

    private static Object number(String typed) {
        try {
            return new BigDecimal(DigitStyle.ARABIC.apply(typed).replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return typed;
        }
    }
}
