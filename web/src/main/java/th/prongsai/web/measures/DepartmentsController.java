package th.prongsai.web.measures;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;

/**
 * The municipality's departments (หน่วยงานผู้รับผิดชอบ) that measures name as responsible: list and add.
 * report-service has no rename or delete for departments yet, so this page offers neither.
 */
@Controller
class DepartmentsController {

    private final MeasuresApi api;

    DepartmentsController(MeasuresApi api) {
        this.api = api;
    }

    @GetMapping("/m/{code}/departments")
    String list(@PathVariable String code, Model model) {
        return page(code, "", FormErrors.none(), model);
    }

    @PostMapping("/m/{code}/departments")
    String add(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String name,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        FormErrors errors;
        try {
            api.gateway().post(MeasuresApi.DEPARTMENTS, Map.of("name", name), code);
            redirect.addFlashAttribute("notice", "departments.added");
            return "redirect:/m/" + code + "/departments";
        } catch (ApiException.Invalid e) {
            errors = MeasureErrors.from(e);
            if (!errors.any() || errors.general() != null) {
                errors = FormErrors.none()
                        .addText("name", "measures.field.name", e.problem().detail());
            }
        } catch (ApiException.Conflict e) {
            errors = FormErrors.none()
                    .addText("name", "measures.field.name", e.problem().detail());
        }
        response.setStatus(400);
        return page(code, name, errors, model);
    }

    private String page(String code, String name, FormErrors errors, Model model) {
        model.addAttribute("departments", api.departments(code));
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        return "measures/departments";
    }
}
