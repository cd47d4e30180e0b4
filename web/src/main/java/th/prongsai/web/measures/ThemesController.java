package th.prongsai.web.measures;

import jakarta.servlet.http.HttpServletResponse;
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
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;

/** The year's themes (ประเด็น) that group its measures: list, add, rename or renumber, delete when unused. */
@Controller
class ThemesController {

    private final MeasuresApi api;

    ThemesController(MeasuresApi api) {
        this.api = api;
    }

    @GetMapping("/m/{code}/{fy}/themes")
    String list(@PathVariable String code, @PathVariable int fy, Model model) {
        return editing(code, fy, null, null, FormErrors.none(), model);
    }

    @PostMapping("/m/{code}/{fy}/themes")
    String add(
            @PathVariable String code,
            @PathVariable int fy,
            @RequestParam(defaultValue = "") String number,
            @RequestParam(defaultValue = "") String title,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        Map<String, Object> body = body(number, title, null, "new-", errors);
        if (!errors.any()) {
            try {
                api.gateway().post(MeasuresApi.THEMES, body, code, fy);
                redirect.addFlashAttribute("notice", "themes.added");
                return "redirect:/m/" + code + "/" + fy + "/themes";
            } catch (ApiException.Invalid e) {
                errors = prefixed(e, "new-");
            } catch (ApiException.Conflict e) {
                errors = FormErrors.none()
                        .addText(
                                "new-number", "themes.field.number", e.problem().detail());
            }
        }
        response.setStatus(400);
        return page(
                code,
                fy,
                api.themes(code, fy),
                Map.of("number", number, "title", title),
                errors,
                null,
                null,
                FormErrors.none(),
                model);
    }

    @PostMapping("/m/{code}/{fy}/themes/{id}")
    String rename(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String number,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        String prefix = "theme-" + id + "-";
        FormErrors errors = FormErrors.none();
        Map<String, Object> body = body(number, title, version, prefix, errors);
        if (!errors.any()) {
            try {
                api.gateway().put(MeasuresApi.THEMES + "/{id}", body, code, fy, id);
                redirect.addFlashAttribute("notice", "themes.saved");
                return "redirect:/m/" + code + "/" + fy + "/themes#theme-" + id;
            } catch (ApiException.Invalid e) {
                errors = prefixed(e, prefix);
            } catch (ApiException.Conflict e) {
                boolean stale = "stale-version".equals(e.problem().slug());
                errors = FormErrors.none()
                        .addText(
                                prefix + (stale ? "title" : "number"),
                                stale ? "themes.field.title" : "themes.field.number",
                                e.problem().detail());
            }
        }
        response.setStatus(400);
        return editing(code, fy, id, Map.of("number", number, "title", title), errors, model);
    }

    @GetMapping("/m/{code}/{fy}/themes/{id}/delete")
    String deleteForm(@PathVariable String code, @PathVariable int fy, @PathVariable long id, Model model) {
        MeasureListController.requireEditor(code);
        Map<String, Object> theme = api.themes(code, fy).stream()
                .filter(t -> String.valueOf(t.get("id")).equals(String.valueOf(id)))
                .findFirst()
                .orElseThrow(PageRefused::notFound);
        model.addAttribute("theme", theme);
        return "measures/theme-delete";
    }

    @PostMapping("/m/{code}/{fy}/themes/{id}/delete")
    String delete(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long id,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            api.gateway().delete(MeasuresApi.THEMES + "/{id}", code, fy, id);
        } catch (ApiException.Conflict inUse) {
            model.addAttribute("refused", inUse.problem().detail());
            String page = deleteForm(code, fy, id, model);
            response.setStatus(409);
            return page;
        }
        redirect.addFlashAttribute("notice", "themes.deleted");
        return "redirect:/m/" + code + "/" + fy + "/themes";
    }

    /** The page with a fresh form to add a theme, and the theme {@code editedId} (if any) as typed. */
    private String editing(
            String code, int fy, Long editedId, Map<String, String> edited, FormErrors editErrors, Model model) {
        List<Map<String, Object>> themes = api.themes(code, fy);
        Map<String, String> fresh = Map.of("number", String.valueOf(next(themes)), "title", "");
        return page(code, fy, themes, fresh, FormErrors.none(), editedId, edited, editErrors, model);
    }

    private String page(
            String code,
            int fy,
            List<Map<String, Object>> themes,
            Map<String, String> added,
            FormErrors addErrors,
            Long editedId,
            Map<String, String> edited,
            FormErrors editErrors,
            Model model) {
        model.addAttribute("themes", themes);
        Map<String, Long> used = new LinkedHashMap<>();
        api.measures(code, fy).forEach(m -> {
            if (m.get("themeId") != null) {
                used.merge(String.valueOf(m.get("themeId")), 1L, Long::sum);
            }
        });
        model.addAttribute("used", used);
        model.addAttribute("added", added);
        model.addAttribute("errors", addErrors);
        model.addAttribute("editedId", editedId);
        model.addAttribute("edited", edited);
        model.addAttribute("editErrors", editErrors);
        return "measures/themes";
    }

    private static Map<String, Object> body(
            String number, String title, String version, String prefix, FormErrors errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (number.isBlank()) {
            body.put("number", null);
        } else if (number.strip().matches("\\d{1,4}")) {
            body.put("number", Integer.valueOf(number.strip()));
        } else {
            errors.add(prefix + "number", "themes.field.number", null, "error.field.format");
        }
        body.put("title", title);
        if (version != null && version.matches("\\d{1,18}")) {
            body.put("version", Long.valueOf(version));
        }
        return body;
    }

    /** The API's field names as the ids of this form's inputs ({@code new-title}, {@code theme-3-number}). */
    private static FormErrors prefixed(ApiException e, String prefix) {
        FormErrors errors = FormErrors.none();
        FormErrors api = MeasureErrors.from(e);
        for (FormErrors.Issue i : api.all()) {
            if (i.field() != null) {
                String anchor = prefix + i.anchor();
                errors.add(new FormErrors.Issue(anchor, anchor, "themes.field." + i.anchor(), null, i.message()));
            }
        }
        if (api.general() != null && !errors.any()) {
            String anchor = prefix + "title";
            errors.add(new FormErrors.Issue(anchor, anchor, "themes.field.title", null, api.general()));
        }
        return errors;
    }

    private static int next(List<Map<String, Object>> themes) {
        return themes.stream()
                        .mapToInt(t -> ((Number) t.get("number")).intValue())
                        .max()
                        .orElse(0)
                + 1;
    }
}
