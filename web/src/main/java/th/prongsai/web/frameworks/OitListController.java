package th.prongsai.web.frameworks;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.layout.FormErrors.Issue;
import th.prongsai.web.layout.FormErrors.Message;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;
import th.prongsai.web.platform.Problem;

/**
 * A year's OIT checklist as a national administrator enters it (docs/decisions/0013): the items pasted from a
 * spreadsheet, the ITAS window and where the list comes from. Started from another year's list when this year has
 * none, its window moved by the years between. The API validates it like the rest of the framework.
 */
@Controller
class OitListController {

    private static final Pattern ITEM_FIELD = Pattern.compile("oitItems\\[(\\d+)](?:\\.(\\w+))?");
    private static final List<Map.Entry<Pattern, String>> KNOWN = FormErrors.withValidation(List.of(
            Map.entry(Pattern.compile("must be a letter and digits.*"), "fw.oit.error.code"),
            Map.entry(Pattern.compile(".*(twice|unique|duplicate).*"), "fw.oit.error.duplicate"),
            Map.entry(Pattern.compile(".*is not a sub-indicator of tool.*"), "fw.oit.error.subIndicator"),
            Map.entry(Pattern.compile("must not be before itasWindow.opens"), "fw.oit.error.windowOrder"),
            Map.entry(Pattern.compile("must lie in fiscal year.*"), "fw.oit.error.windowYear")));

    private final GatewayClient gateway;

    OitListController(GatewayClient gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/national/frameworks/{fy:\\d{4}}/oit")
    String form(@PathVariable("fy") int fy, @RequestParam(name = "from", required = false) Integer from, Model model) {
        Map<String, Object> framework = gateway.get("/api/frameworks/{fy}", fy);
        Map<String, Object> source = from == null ? framework : gateway.get("/api/frameworks/{fy}", from);
        @SuppressWarnings("unchecked")
        Map<String, Object> window = (Map<String, Object>) source.get("itasWindow");
        int shift = from == null ? 0 : fy - from;
        model.addAttribute(
                "form",
                new OitListForm(
                        OitListText.of(source.get("oitItems")),
                        window == null ? "" : moved(window.get("opens"), shift),
                        window == null ? "" : moved(window.get("closes"), shift),
                        text(source.get("oitNoteTh"))));
        return page(model, framework, from, FormErrors.none());
    }

    @PostMapping("/national/frameworks/{fy:\\d{4}}/oit")
    String save(
            @PathVariable("fy") int fy,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        OitListForm form = new OitListForm(
                params.getOrDefault("items", ""),
                params.getOrDefault("opens", "").strip(),
                params.getOrDefault("closes", "").strip(),
                params.getOrDefault("note", ""));
        Map<String, Object> stored = gateway.get("/api/frameworks/{fy}", fy);
        OitListText.Parsed parsed = OitListText.parse(form.items());
        FormErrors errors = FormErrors.none();
        parsed.errors().forEach(e -> errors.add(line(errors, e.line(), Message.ofKey(e.messageKey()))));
        if (errors.any()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("form", form);
            return page(model, stored, null, errors);
        }
        Map<String, Object> document = FrameworkForm.of(stored).document();
        document.put("oitItems", parsed.items());
        document.put("itasWindow", form.window());
        document.put("oitNoteTh", form.note().isBlank() ? null : form.note().strip());
        try {
            gateway.put("/api/frameworks/{fy}", document, fy);
        } catch (ApiException.Invalid e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("form", form);
            return page(model, stored, null, refusal(e, form.items()));
        }
        redirect.addFlashAttribute("notice", "fw.oit.saved");
        return "redirect:/national/frameworks/" + fy + "#oit";
    }

    /** The API's field errors: an item's on its line of the text, the window's and the note's on their inputs. */
    static FormErrors refusal(ApiException e, String items) {
        FormErrors errors = FormErrors.none();
        for (Problem.FieldError error : e.fieldErrors()) {
            Message message = FormErrors.translate(error.message(), KNOWN);
            String field = error.field() == null ? "" : error.field();
            Matcher item = ITEM_FIELD.matcher(field);
            if (item.matches()) {
                errors.add(line(errors, OitListText.lineOf(items, Integer.parseInt(item.group(1))), message));
            } else if (field.startsWith("itasWindow.")) {
                String input = field.substring("itasWindow.".length());
                errors.add(new Issue(input, input, "fw.oit.field." + input, null, message));
            } else if (field.equals("oitNoteTh")) {
                errors.add(new Issue("note", "note", "fw.oit.field.note", null, message));
            } else {
                errors.add(new Issue(null, null, null, null, message));
            }
        }
        if (!errors.any()) {
            errors.add(
                    new Issue(null, null, null, null, Message.ofText(e.problem().detail())));
        }
        return errors;
    }

    /** A line's error, linked to the one text box; each its own line of the summary (a field of its own). */
    private static Issue line(FormErrors errors, int line, Message message) {
        return new Issue("items." + errors.all().size(), "items", "fw.oit.line", line, message);
    }

    private static String page(Model model, Map<String, Object> framework, Integer from, FormErrors errors) {
        model.addAttribute("framework", framework);
        model.addAttribute("from", from);
        model.addAttribute("errors", errors);
        return "frameworks/oit";
    }

    /** An ISO date {@code years} later (another year's window for this one); blank when there is none. */
    private static String moved(Object date, int years) {
        if (date == null) {
            return "";
        }
        try {
            return LocalDate.parse(date.toString()).plusYears(years).toString();
        } catch (DateTimeParseException notADate) {
            return date.toString();
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The form as typed. */
    record OitListForm(String items, String opens, String closes, String note) {

        /** The window as the API takes it: both days or neither; a day that is not a date goes as typed. */
        Map<String, Object> window() {
            if (opens.isEmpty() && closes.isEmpty()) {
                return null;
            }
            Map<String, Object> window = new LinkedHashMap<>();
            window.put("opens", opens.isEmpty() ? null : opens);
            window.put("closes", closes.isEmpty() ? null : closes);
            return window;
        }
    }
}
