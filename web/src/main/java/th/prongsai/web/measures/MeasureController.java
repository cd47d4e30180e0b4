package th.prongsai.web.measures;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.Problem;

/**
 * One measure: created from a title alone, read in full, edited field by field (rows of steps, notes and links
 * added, removed and moved by submit buttons, so it works without JavaScript), deleted after a confirmation.
 * A refused save shows the form again exactly as typed, with the API's errors next to their inputs.
 */
@Controller
class MeasureController {

    private final MeasuresApi api;

    MeasureController(MeasuresApi api) {
        this.api = api;
    }

    @GetMapping("/m/{code}/{fy}/measures/new")
    String newForm(
            @PathVariable String code,
            @PathVariable int fy,
            @RequestParam(required = false) String indicator,
            Model model) {
        MeasureListController.requireEditor(code);
        return newPage(
                fy,
                "",
                indicator == null || indicator.isBlank() ? List.of() : List.of(indicator.strip()),
                FormErrors.none(),
                model);
    }

    @PostMapping("/m/{code}/{fy}/measures/new")
    String create(
            @PathVariable String code,
            @PathVariable int fy,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) List<String> indicatorCodes,
            Model model,
            HttpServletResponse response) {
        List<String> codes = indicatorCodes == null ? List.of() : indicatorCodes;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("indicatorCodes", codes);
        try {
            Map<String, Object> created;
            try {
                created = api.create(code, fy, body);
            } catch (ApiException.Invalid e) {
                if (!onlyNumberOrStatusMissing(e)) {
                    throw e;
                }
                // report-service before title-only create: the next number and PLANNED, as it will choose itself
                body.put("number", nextNumber(code, fy));
                body.put("status", "PLANNED");
                created = api.create(code, fy, body);
            }
            return "redirect:/m/" + code + "/" + fy + "/measures/" + created.get("id") + "/edit?created";
        } catch (ApiException.Invalid e) {
            response.setStatus(400);
            return newPage(fy, title, codes, MeasureErrors.from(e), model);
        } catch (ApiException.Conflict e) {
            response.setStatus(409);
            return newPage(
                    fy,
                    title,
                    codes,
                    FormErrors.none()
                            .addText(
                                    "title", "measures.field.title", e.problem().detail()),
                    model);
        }
    }

    @GetMapping("/m/{code}/{fy}/measures/{id}")
    String view(@PathVariable String code, @PathVariable int fy, @PathVariable long id, Model model) {
        Map<String, Object> measure = api.measure(code, fy, id);
        List<MeasuresApi.Indicator> indicators = api.indicators(fy);
        model.addAttribute("m", measure);
        model.addAttribute("themeNames", MeasuresApi.byId(api.themes(code, fy), "title"));
        model.addAttribute("departmentNames", MeasuresApi.byId(api.departments(code), "name"));
        model.addAttribute("indicatorNames", MeasuresApi.indicatorNames(indicators));
        return "measures/view";
    }

    @GetMapping("/m/{code}/{fy}/measures/{id}/edit")
    String editForm(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long id,
            @RequestParam(required = false) String uploaded,
            @RequestParam(required = false) String created,
            Model model) {
        MeasureListController.requireEditor(code);
        Map<String, Object> measure = api.measure(code, fy, id);
        if (uploaded != null) {
            model.addAttribute("notice", "measures.attachment.added");
        } else if (created != null) {
            model.addAttribute("notice", "measures.created");
        }
        return editPage(code, fy, measure, MeasureForm.of(measure), FormErrors.none(), FormErrors.none(), model);
    }

    @PostMapping("/m/{code}/{fy}/measures/{id}/edit")
    String save(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        MeasureForm form = MeasureForm.fromParams(params);
        String action = params.getFirst("action");
        if (action != null && !action.isBlank() && !"save".equals(action)) {
            // a row added, removed or moved: the same form again, nothing saved yet
            return editPage(
                    code,
                    fy,
                    api.measure(code, fy, id),
                    form.apply(action),
                    FormErrors.none(),
                    FormErrors.none(),
                    model);
        }
        FormErrors errors = FormErrors.none();
        MeasureForm.Request request = form.toRequest(errors);
        if (!errors.any()) {
            try {
                api.update(code, fy, id, request.body());
                redirect.addFlashAttribute("notice", "measures.saved");
                return "redirect:/m/" + code + "/" + fy + "/measures/" + id;
            } catch (ApiException.Invalid e) {
                errors = MeasureErrors.from(e, request.rowOfIndex());
            } catch (ApiException.Conflict e) {
                response.setStatus(409);
                if ("duplicate-measure-number".equals(e.problem().slug())) {
                    errors = FormErrors.none()
                            .addText(
                                    "number",
                                    "measures.field.number",
                                    e.problem().detail());
                } else {
                    // someone else saved first: keep what this user typed and offer the latest version
                    Map<String, Object> latest = api.measure(code, fy, id);
                    model.addAttribute("stale", latest);
                    return editPage(code, fy, latest, form, FormErrors.none(), FormErrors.none(), model);
                }
                return editPage(code, fy, api.measure(code, fy, id), form, errors, FormErrors.none(), model);
            }
        }
        response.setStatus(400);
        return editPage(code, fy, api.measure(code, fy, id), form, errors, FormErrors.none(), model);
    }

    @GetMapping("/m/{code}/{fy}/measures/{id}/delete")
    String deleteForm(@PathVariable String code, @PathVariable int fy, @PathVariable long id, Model model) {
        MeasureListController.requireEditor(code);
        model.addAttribute("m", api.measure(code, fy, id));
        return "measures/delete";
    }

    @PostMapping("/m/{code}/{fy}/measures/{id}/delete")
    String delete(@PathVariable String code, @PathVariable int fy, @PathVariable long id, RedirectAttributes redirect) {
        api.delete(code, fy, id);
        redirect.addFlashAttribute("notice", "measures.deleted");
        return "redirect:/m/" + code + "/" + fy + "/measures";
    }

    /** The edit page with everything its choices need; {@code attachmentErrors} belong to the upload form. */
    String editPage(
            String code,
            int fy,
            Map<String, Object> measure,
            MeasureForm form,
            FormErrors errors,
            FormErrors attachmentErrors,
            Model model) {
        model.addAttribute("m", measure);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("attachmentErrors", attachmentErrors);
        model.addAttribute("themes", api.themes(code, fy));
        model.addAttribute("departments", api.departments(code));
        model.addAttribute("indicators", api.indicators(fy));
        model.addAttribute("statuses", MeasureListController.STATUSES);
        model.addAttribute("months", IntStream.rangeClosed(1, 12).boxed().toList());
        // a period may start up to six months before the fiscal year and end six months after it
        model.addAttribute("years", List.of(fy - 2, fy - 1, fy, fy + 1));
        return "measures/edit";
    }

    private String newPage(int fy, String title, List<String> codes, FormErrors errors, Model model) {
        // not "title": the layout's fragment parameter of that name would shadow it
        model.addAttribute("typedTitle", title);
        model.addAttribute("selected", codes);
        model.addAttribute("indicators", api.indicators(fy));
        model.addAttribute("errors", errors);
        return "measures/new";
    }

    private static boolean onlyNumberOrStatusMissing(ApiException e) {
        List<Problem.FieldError> errors = e.fieldErrors();
        return !errors.isEmpty()
                && errors.stream()
                        .allMatch(f -> f.field().equals("number") || f.field().equals("status"));
    }

    private int nextNumber(String code, int fy) {
        List<Integer> numbers = new ArrayList<>();
        api.measures(code, fy).forEach(m -> numbers.add(((Number) m.get("number")).intValue()));
        return numbers.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    }
}
