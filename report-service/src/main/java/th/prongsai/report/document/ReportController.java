package th.prongsai.report.document;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /t/{code}/api/fiscal-years/{fy}/report?format=pdf|docx|html|json|csv&template=…&digits=thai|arabic}
 * (the draft, from the data as it is now) and {@code GET /t/{code}/api/report-templates}.
 */
@RestController
class ReportController {

    private final ReportService reports;
    private final ReportTemplates templates;

    ReportController(ReportService reports, ReportTemplates templates) {
        this.reports = reports;
        this.templates = templates;
    }

    @GetMapping("/t/{code}/api/report-templates")
    List<ReportTemplate> templates() {
        return templates.all();
    }

    @GetMapping("/t/{code}/api/fiscal-years/{fy}/report")
    ResponseEntity<?> report(@PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear,
            @RequestParam(required = false) String format, @RequestParam(required = false) String template,
            @RequestParam(required = false) String digits) {
        if ("json".equals(format)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(reports.json(fiscalYear, template, digits));
        }
        ReportService.Document document = reports.render(fiscalYear, format, template, digits);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(document.bytes());
    }
}
