package th.prongsai.web.report;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;
import th.prongsai.web.platform.SignedInUser;

/**
 * The year's measure report: choose a template and digit style, see it in the page, download it in each format,
 * see what the checks find (each finding linking to what must be fixed), where it stands in the approval chain
 * and its history, and submit it. The documents are rendered by report-service from the data as it is now.
 */
@Controller
class ReportController {

    static final Set<String> DOWNLOADS = Set.of("pdf", "docx", "csv", "json");
    static final Set<String> DIGITS = Set.of("thai", "arabic");

    /**
     * The preview's own policy: the report's HTML carries inline styles, and nothing else it may run or load.
     * {@code sandbox} gives it an opaque origin, so even a bad document could not reach this site's session.
     */
    static final String PREVIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data: 'self'; "
            + "font-src data: 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'; sandbox";

    private final GatewayClient gateway;

    ReportController(GatewayClient gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/m/{code}/{fy:\\d{4}}/report")
    String page(
            @PathVariable String code,
            @PathVariable int fy,
            @RequestParam(required = false) String template,
            @RequestParam(required = false) String digits,
            Model model) {
        return render(code, fy, template, digits, null, model);
    }

    @PostMapping("/m/{code}/{fy:\\d{4}}/report/submit")
    String submit(
            @PathVariable String code,
            @PathVariable int fy,
            @RequestParam(required = false) String template,
            @RequestParam(required = false) String digits,
            Model model,
            RedirectAttributes redirect) {
        Map<String, Object> body = new HashMap<>();
        body.put("template", blankToNull(template));
        body.put("digits", digitStyle(digits) ? digits : null);
        try {
            gateway.post("/t/{code}/api/fiscal-years/{fy}/report/submit", body, code, fy);
            redirect.addFlashAttribute("notice", "report.submitted");
            return "redirect:/m/" + code + "/" + fy + "/report";
        } catch (ApiException.Conflict e) {
            // Blocking findings, or a report already under review: say which, keep the choice made.
            return render(code, fy, template, digits, e, model);
        }
    }

    /** The report as HTML for the in-page preview, under its own Content-Security-Policy. */
    @GetMapping("/m/{code}/{fy:\\d{4}}/report/preview")
    ResponseEntity<byte[]> preview(
            @PathVariable String code,
            @PathVariable int fy,
            @RequestParam(required = false) String template,
            @RequestParam(required = false) String digits) {
        GatewayClient.Download html = document(code, fy, "html", template, digits);
        // Set here, so Spring Security's header writers (which skip a header already present) leave them alone.
        return ResponseEntity.ok()
                .contentType(
                        html.contentType() != null
                                ? html.contentType()
                                : new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", PREVIEW_POLICY)
                .header("X-Frame-Options", "SAMEORIGIN")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(html.bytes());
    }

    /** A download of the report in one format, as an attachment with the API's file name. */
    @GetMapping("/m/{code}/{fy:\\d{4}}/report/download")
    ResponseEntity<byte[]> download(
            @PathVariable String code,
            @PathVariable int fy,
            @RequestParam String format,
            @RequestParam(required = false) String template,
            @RequestParam(required = false) String digits) {
        if (format == null || !DOWNLOADS.contains(format)) {
            return ResponseEntity.badRequest().build();
        }
        GatewayClient.Download file = document(code, fy, format, template, digits);
        String name = fileName(file.contentDisposition(), code + "-" + fy + "-report." + format);
        return ResponseEntity.ok()
                .contentType(file.contentType() != null ? file.contentType() : MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.bytes());
    }

    private GatewayClient.Download document(String code, int fy, String format, String template, String digits) {
        StringBuilder path = new StringBuilder("/t/{code}/api/fiscal-years/{fy}/report?format={format}");
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("code", code);
        vars.put("fy", fy);
        vars.put("format", format);
        if (blankToNull(template) != null) {
            path.append("&template={template}");
            vars.put("template", template);
        }
        if (digitStyle(digits)) {
            path.append("&digits={digits}");
            vars.put("digits", digits);
        }
        return gateway.download(path.toString(), vars.values().toArray());
    }

    @SuppressWarnings("unchecked")
    private String render(
            String code, int fy, String template, String digits, ApiException.Conflict refused, Model model) {
        List<Map<String, Object>> templates = gateway.list("/t/{code}/api/report-templates", code);
        Map<String, Object> status = gateway.get("/t/{code}/api/fiscal-years/{fy}/report/status", code, fy);
        Map<String, Object> checks = gateway.get("/t/{code}/api/fiscal-years/{fy}/report/checks", code, fy);
        List<Map<String, Object>> measures =
                gateway.list("/t/{code}/api/fiscal-years/{fy}/measures?size=500", code, fy);
        String chosen = blankToNull(template) != null
                ? template
                : status.get("template") != null
                        ? String.valueOf(status.get("template"))
                        : defaultTemplate(code, templates);
        String digitStyle =
                digitStyle(digits) ? digits : status.get("digits") instanceof String d && digitStyle(d) ? d : "";
        Map<Object, Object> measureIds = new HashMap<>();
        for (Map<String, Object> m : measures) {
            measureIds.put(((Number) m.get("number")).intValue(), m.get("id"));
        }
        model.addAttribute("templates", templates);
        model.addAttribute("template", chosen);
        model.addAttribute("digits", digitStyle);
        model.addAttribute("status", status);
        model.addAttribute("checks", checks);
        model.addAttribute("measureIds", measureIds);
        model.addAttribute("mayEdit", SignedInUser.mayEditNow(code));
        if (refused != null) {
            Object findings = refused.problem().properties().get("findings");
            model.addAttribute(
                    "refusedFindings", findings instanceof List<?> list ? (List<Map<String, Object>>) list : List.of());
            model.addAttribute("refusedDetail", refused.problem().detail());
        }
        return "report/report";
    }

    private static String fileName(String disposition, String fallback) {
        if (disposition != null) {
            String name = ContentDisposition.parse(disposition).getFilename();
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return fallback;
    }

    /** The municipality's own preset when there is one (its code starts the preset's), else the first. */
    private static String defaultTemplate(String code, List<Map<String, Object>> templates) {
        return templates.stream()
                .map(t -> String.valueOf(t.get("code")))
                .filter(c -> c.startsWith(code + "-"))
                .reduce((first, later) -> later)
                .orElse(
                        templates.isEmpty()
                                ? null
                                : String.valueOf(templates.getFirst().get("code")));
    }

    private static boolean digitStyle(String digits) {
        return digits != null && DIGITS.contains(digits);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
