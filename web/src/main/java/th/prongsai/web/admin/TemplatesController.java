package th.prongsai.web.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import th.prongsai.web.platform.GatewayClient;

/**
 * The report templates ({@code /t/{code}/api/report-templates}): the presets and the municipality's own. An own
 * template starts as a copy of another's JSON; the form changes its name, its columns (which, in what order,
 * their headings and widths), its digit style and layout, and keeps the rest (the sections) as they were.
 */
@Controller
class TemplatesController {

    /** The report's vocabulary as report-service's ReportTemplate defines it. */
    static final List<String> FIELDS = List.of(
            "TITLE",
            "METHOD",
            "DEPARTMENTS",
            "PERIOD",
            "MONITORING",
            "STATUS",
            "OUTPUT",
            "OUTCOME",
            "RECOMMENDATION",
            "INDICATORS",
            "EVIDENCE");

    static final List<String> DIGITS = List.of("THAI", "ARABIC");
    static final List<String> LAYOUTS = List.of("TABLE", "BLOCKS");
    static final List<String> GROUPINGS = List.of("NONE", "THEME", "INDICATOR");
    static final List<String> PERIODS = List.of("LONG", "SHORT");
    private static final Set<String> OWN_MESSAGES = Set.of("code", "nameTh", "columns", "digits");

    private final GatewayClient gateway;
    private final MessageSource messages;

    TemplatesController(GatewayClient gateway, MessageSource messages) {
        this.gateway = gateway;
        this.messages = messages;
    }

    /** One possible column of the form: shown or not, its place, heading and width as typed. */
    public record ColumnRow(String field, boolean shown, String order, String heading, String width) {}

    public record Form(
            String from,
            String code,
            String nameTh,
            String digits,
            String measureLayout,
            String grouping,
            String periodStyle,
            List<ColumnRow> columns) {}

    @GetMapping("/m/{code}/templates")
    String page(
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam(defaultValue = "false") boolean edit,
            Model model) {
        AdminOnly.require(code);
        List<Map<String, Object>> templates = templates(code);
        Form form = null;
        if (from != null) {
            Map<String, Object> source = find(templates, from).orElseThrow(() -> PageRefused.notFound());
            form = formOf(source, edit ? from : "");
        }
        return render(templates, form, FormErrors.none(), model);
    }

    @PostMapping("/m/{code}/templates")
    String save(
            @PathVariable String code,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        AdminOnly.require(code);
        List<Map<String, Object>> templates = templates(code);
        String from = params.getOrDefault("from", "");
        Map<String, Object> source = find(templates, from).orElseThrow(() -> PageRefused.notFound());
        List<ColumnRow> rows = new ArrayList<>();
        for (String field : FIELDS) {
            rows.add(new ColumnRow(
                    field,
                    params.containsKey("shown-" + field),
                    params.getOrDefault("order-" + field, "").strip(),
                    params.getOrDefault("heading-" + field, "").strip(),
                    params.getOrDefault("width-" + field, "").strip()));
        }
        Form form = new Form(
                from,
                params.getOrDefault("code", "").strip(),
                params.getOrDefault("nameTh", "").strip(),
                params.getOrDefault("digits", ""),
                params.getOrDefault("measureLayout", ""),
                params.getOrDefault("grouping", ""),
                params.getOrDefault("periodStyle", ""),
                rows);
        Map<String, String> own = new LinkedHashMap<>();
        if (form.code().isEmpty()) {
            own.put("code", "templates.error.code");
        }
        List<ColumnRow> shown = rows.stream().filter(ColumnRow::shown).toList();
        Set<Integer> places = new HashSet<>();
        for (ColumnRow row : shown) {
            if (!row.order().matches("\\d{1,2}") || !places.add(Integer.parseInt(row.order()))) {
                own.putIfAbsent("order-" + row.field(), "templates.error.order");
            }
            if (row.heading().isEmpty()) {
                own.putIfAbsent("heading-" + row.field(), "templates.error.heading");
            }
            if (!row.width().matches("\\d{1,3}")
                    || Integer.parseInt(row.width()) < 1
                    || Integer.parseInt(row.width()) > 100) {
                own.putIfAbsent("width-" + row.field(), "templates.error.width");
            }
        }
        if (!own.isEmpty()) {
            return render(templates, form, FormErrors.of(own), model);
        }
        List<Map<String, Object>> columns = shown.stream()
                .sorted(Comparator.comparingInt(r -> Integer.parseInt(r.order())))
                .map(r -> Map.<String, Object>of(
                        "field", r.field(), "heading", r.heading(), "width", Integer.parseInt(r.width())))
                .toList();
        // The source's JSON, so what the form does not show (the sections) is kept as it was.
        Map<String, Object> document = new LinkedHashMap<>(source);
        document.remove("preset");
        document.put("code", form.code());
        document.put("nameTh", form.nameTh());
        document.put("digits", form.digits().isEmpty() ? null : form.digits());
        document.put("measureLayout", form.measureLayout().isEmpty() ? null : form.measureLayout());
        document.put("grouping", form.grouping().isEmpty() ? null : form.grouping());
        document.put("periodStyle", form.periodStyle().isEmpty() ? null : form.periodStyle());
        document.put("columns", columns);
        try {
            gateway.put("/t/{code}/api/report-templates/{t}", document, code, form.code());
        } catch (ApiException.Invalid e) {
            return render(templates, form, FormErrors.from(e, "templates.error.", OWN_MESSAGES), model);
        }
        redirect.addFlashAttribute("notice", "templates.notice.saved");
        return "redirect:/m/" + code + "/templates";
    }

    @GetMapping("/m/{code}/templates/{template}/delete")
    String confirmDelete(@PathVariable String code, @PathVariable String template, Model model) {
        AdminOnly.require(code);
        Map<String, Object> found = find(templates(code), template).orElseThrow(() -> PageRefused.notFound());
        return Confirmation.of(
                        "templates.confirm.delete",
                        found.get("nameTh") + " (" + template + ")",
                        "/m/" + code + "/templates/" + template + "/delete",
                        true,
                        "/m/" + code + "/templates")
                .show(model);
    }

    @PostMapping("/m/{code}/templates/{template}/delete")
    String delete(@PathVariable String code, @PathVariable String template, Model model, RedirectAttributes redirect) {
        AdminOnly.require(code);
        try {
            gateway.delete("/t/{code}/api/report-templates/{t}", code, template);
        } catch (ApiException.NotFound presetOrGone) {
            // report-service deletes only the municipality's own templates; a preset answers 404
            return render(templates(code), null, FormErrors.general("templates.error.notOwn"), model);
        }
        redirect.addFlashAttribute("notice", "templates.notice.deleted");
        return "redirect:/m/" + code + "/templates";
    }

    private Form formOf(Map<String, Object> source, String code) {
        List<ColumnRow> rows = new ArrayList<>();
        List<?> columns = source.get("columns") instanceof List<?> l ? l : List.of();
        for (String field : FIELDS) {
            ColumnRow row = null;
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i) instanceof Map<?, ?> c && field.equals(c.get("field"))) {
                    row = new ColumnRow(
                            field,
                            true,
                            String.valueOf(i + 1),
                            String.valueOf(c.get("heading")),
                            String.valueOf(c.get("width")));
                    break;
                }
            }
            rows.add(
                    row != null
                            ? row
                            : new ColumnRow(
                                    field,
                                    false,
                                    "",
                                    messages.getMessage(
                                            "templates.field." + field, null, LocaleContextHolder.getLocale()),
                                    ""));
        }
        return new Form(
                String.valueOf(source.get("code")),
                code,
                String.valueOf(source.get("nameTh")),
                text(source.get("digits")),
                text(source.get("measureLayout")),
                text(source.get("grouping")),
                text(source.get("periodStyle")),
                rows);
    }

    private String render(List<Map<String, Object>> templates, Form form, FormErrors errors, Model model) {
        model.addAttribute("templates", templates);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("digitChoices", DIGITS);
        model.addAttribute("layoutChoices", LAYOUTS);
        model.addAttribute("groupingChoices", GROUPINGS);
        model.addAttribute("periodChoices", PERIODS);
        return "admin/templates";
    }

    private List<Map<String, Object>> templates(String code) {
        return gateway.list("/t/{code}/api/report-templates", code);
    }

    private static Optional<Map<String, Object>> find(List<Map<String, Object>> templates, String code) {
        return templates.stream().filter(t -> code.equals(t.get("code"))).findFirst();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
