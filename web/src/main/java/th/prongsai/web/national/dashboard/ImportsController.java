package th.prongsai.web.national.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import th.prongsai.web.layout.ApiTexts;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;
import th.prongsai.web.platform.Problem;

/**
 * The national results CSV (NACC's per-agency results) uploaded to analytics-service's import. The API checks the
 * whole file first and stores nothing while one row is bad; this page lists every bad row by its line.
 */
@Controller
class ImportsController {

    /** One refusal: the CSV line (null for the file as a whole), the column, the Thai message. */
    record RowError(Integer line, String column, String message) {}

    private static final Pattern FIELD = Pattern.compile("line (\\d+)(?:: (\\w+))?");
    private static final List<Map.Entry<Pattern, String>> MESSAGES = List.of(
            Map.entry(Pattern.compile("header must be (.*)"), "imp.error.header"),
            Map.entry(Pattern.compile("unbalanced quotes"), "imp.error.quotes"),
            Map.entry(Pattern.compile("expected (\\d+) columns, found (\\d+)"), "imp.error.columns"),
            Map.entry(Pattern.compile("must be a Buddhist-Era year such as (\\d+)"), "imp.error.year"),
            Map.entry(Pattern.compile("no ITA framework for fiscal year (\\d+)"), "imp.error.noFramework"),
            Map.entry(Pattern.compile("must be the 7-digit DLA code"), "imp.error.agencyCode"),
            Map.entry(Pattern.compile("agency (\\d+) appears twice for fiscal year (\\d+)"), "imp.error.twice"),
            Map.entry(Pattern.compile("must be 1 to 200 characters"), "imp.error.name"),
            Map.entry(Pattern.compile("must not contain control characters"), "imp.error.control"),
            Map.entry(Pattern.compile("must be one of PAO.*"), "imp.error.type"),
            Map.entry(Pattern.compile("must be one of the 77 two-digit province codes"), "imp.error.province"),
            Map.entry(Pattern.compile("score is missing"), "imp.error.missing"),
            Map.entry(Pattern.compile("must be a number such as .*"), "imp.error.number"),
            Map.entry(Pattern.compile("must be between 0 and 100"), "imp.error.range"),
            Map.entry(Pattern.compile("must have at most 2 decimals"), "imp.error.decimals"),
            Map.entry(Pattern.compile("the framework of (\\d+) does not have indicators 1–10"), "imp.error.indicators"),
            Map.entry(Pattern.compile("at most (\\d+) rows per file"), "imp.error.rows"),
            Map.entry(Pattern.compile("the file holds no rows"), "imp.error.empty"));
    private static final ApiTexts TEXTS = new ApiTexts(MESSAGES, "imp.error.other");

    private final GatewayClient gateway;
    private final MessageSource messages;

    ImportsController(GatewayClient gateway, MessageSource messages) {
        this.gateway = gateway;
        this.messages = messages;
    }

    @GetMapping("/national/imports")
    String form() {
        return "dashboard/imports";
    }

    @PostMapping("/national/imports")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fileError", messages.getMessage("imp.error.noFile", null, locale));
            return "dashboard/imports";
        }
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "national-results.csv"
                        : file.getOriginalFilename();
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(file.getBytes()))
                .filename(name)
                .contentType(new MediaType("text", "csv"));
        try {
            Map<String, Object> result =
                    gateway.postMultipart("/api/analytics/imports/national-results", parts.build());
            redirect.addFlashAttribute("result", result);
            redirect.addFlashAttribute("fileName", name);
            redirect.addFlashAttribute("notice", "imp.done");
            return "redirect:/national/imports";
        } catch (ApiException.Invalid e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fileName", name);
            model.addAttribute("rowErrors", rowErrors(e.problem(), locale));
            model.addAttribute(
                    "errorCount",
                    e.problem()
                            .properties()
                            .getOrDefault("errorCount", e.problem().errors().size()));
            model.addAttribute("badRows", e.problem().properties().get("badRows"));
            model.addAttribute(
                    "refusal", e.problem().errors().isEmpty() ? e.problem().detail() : null);
            return "dashboard/imports";
        }
    }

    private List<RowError> rowErrors(Problem problem, Locale locale) {
        List<RowError> rows = new ArrayList<>();
        for (Problem.FieldError error : problem.errors()) {
            Matcher field = FIELD.matcher(error.field() == null ? "" : error.field());
            Integer line = field.matches() ? Integer.valueOf(field.group(1)) : null;
            String column = field.matches() ? field.group(2) : null;
            rows.add(new RowError(line, column, TEXTS.translate(error.message(), messages, locale)));
        }
        return rows;
    }
}
