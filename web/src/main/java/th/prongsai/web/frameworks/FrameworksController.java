package th.prongsai.web.frameworks;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;

/**
 * The yearly ITA frameworks for national administrators: each year as tables, and a form that starts a new
 * year from an existing one (or edits a year) and saves it with {@code PUT /api/frameworks/{fy}}. The
 * framework validator in report-service decides what is valid; its errors are shown next to the inputs.
 */
@Controller
class FrameworksController {

    private final GatewayClient gateway;
    private final MessageSource messages;

    FrameworksController(GatewayClient gateway, MessageSource messages) {
        this.gateway = gateway;
        this.messages = messages;
    }

    @GetMapping("/national/frameworks")
    String list(Model model) {
        List<Map<String, Object>> years = gateway.list("/api/frameworks");
        model.addAttribute("frameworks", years.reversed());
        model.addAttribute("latest", years.isEmpty() ? null : years.getLast().get("fiscalYear"));
        return "frameworks/list";
    }

    @GetMapping("/national/frameworks/{fy:\\d{4}}")
    String show(@PathVariable("fy") int fy, Model model) {
        model.addAttribute("framework", gateway.get("/api/frameworks/{fy}", fy));
        // the year before, whose OIT list a year without one can start from
        boolean previous = gateway.list("/api/frameworks").stream()
                .anyMatch(f -> ((Number) f.get("fiscalYear")).intValue() == fy - 1);
        model.addAttribute("previousYear", previous ? fy - 1 : null);
        return "frameworks/show";
    }

    /** A new year's framework, started from an existing year's: the next fiscal year, the title's year moved on. */
    @GetMapping("/national/frameworks/new")
    String startNew(@RequestParam(name = "from", required = false) Integer from, Model model) {
        List<Map<String, Object>> years = gateway.list("/api/frameworks");
        int source = from != null ? from : ((Number) years.getLast().get("fiscalYear")).intValue();
        FrameworkForm form = FrameworkForm.of(gateway.get("/api/frameworks/{fy}", source));
        String next = Integer.toString(source + 1);
        form.setFiscalYear(next);
        form.setNameTh(form.getNameTh().replace(Integer.toString(source), next));
        return form(model, form, FrameworkErrors.none(), true, source);
    }

    @PostMapping("/national/frameworks/new")
    String create(
            @ModelAttribute("form") FrameworkForm form,
            @RequestParam(name = "from", required = false) Integer from,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Integer year = form.year();
        if (year == null) {
            return refused(
                    model,
                    form,
                    FrameworkErrors.of("fiscalYear", message("fw.error.yearFormat", locale)),
                    true,
                    from,
                    response);
        }
        // PUT replaces a year that exists; a new framework must not overwrite one by a typo in its year
        boolean exists = gateway.list("/api/frameworks").stream()
                .anyMatch(f -> ((Number) f.get("fiscalYear")).intValue() == year);
        if (exists) {
            return refused(
                    model,
                    form,
                    FrameworkErrors.of("fiscalYear", message("fw.error.exists", locale, year.toString())),
                    true,
                    from,
                    response);
        }
        return save(year, form, true, from, model, locale, response, redirect);
    }

    @GetMapping("/national/frameworks/{fy:\\d{4}}/edit")
    String edit(@PathVariable("fy") int fy, Model model) {
        return form(
                model, FrameworkForm.of(gateway.get("/api/frameworks/{fy}", fy)), FrameworkErrors.none(), false, null);
    }

    @PostMapping("/national/frameworks/{fy:\\d{4}}/edit")
    String update(
            @PathVariable("fy") int fy,
            @ModelAttribute("form") FrameworkForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        // the path names the year being edited; the API refuses a document whose year differs from it
        return save(fy, form, false, null, model, locale, response, redirect);
    }

    private String save(
            int year,
            FrameworkForm form,
            boolean isNew,
            Integer from,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, Object> document = form.document();
        if (!isNew) {
            keepOit(year, document);
        }
        try {
            gateway.put("/api/frameworks/{fy}", document, year);
        } catch (ApiException.Invalid e) {
            return refused(
                    model, form, FrameworkErrors.from(e.problem(), form, messages, locale), isNew, from, response);
        }
        redirect.addFlashAttribute("notice", isNew ? "fw.saved.new" : "fw.saved");
        return "redirect:/national/frameworks/" + year;
    }

    /**
     * The form edits tools and levels only: the year's OIT list, ITAS window and note (docs/decisions/0013) go back
     * as stored, so saving the form never drops them. A new year starts without them (another year's window and
     * list are not this year's).
     */
    private void keepOit(int year, Map<String, Object> document) {
        Map<String, Object> stored;
        try {
            stored = gateway.get("/api/frameworks/{fy}", year);
        } catch (ApiException.NotFound e) {
            return;
        }
        for (String field : List.of("oitItems", "itasWindow", "oitNoteTh")) {
            if (stored.containsKey(field)) {
                document.put(field, stored.get(field));
            }
        }
    }

    private String refused(
            Model model,
            FrameworkForm form,
            FormErrors errors,
            boolean isNew,
            Integer from,
            HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, form, errors, isNew, from);
    }

    private static String form(Model model, FrameworkForm form, FormErrors errors, boolean isNew, Integer from) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("isNew", isNew);
        model.addAttribute("from", from);
        return "frameworks/form";
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
