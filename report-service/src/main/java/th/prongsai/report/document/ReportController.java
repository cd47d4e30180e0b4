package th.prongsai.report.document;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.report.document.ReportService.Document;
import th.prongsai.report.document.ReportService.ReportJson;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.Role;
import th.prongsai.tenancy.security.Callers;

/**
 * {@code GET /t/{code}/api/fiscal-years/{fy}/report?format=pdf|docx|html|json|csv&template=…&digits=thai|arabic}
 * (the draft, from the data as it is now) and {@code GET /t/{code}/api/report-templates}.
 */
@RestController
class ReportController {

    record SettingsRequest(List<String> approvalChain, String letterPrefix, String phone) {}

    private final ReportService reports;
    private final ReportTemplates templates;
    private final ReportSettings settings;

    ReportController(ReportService reports, ReportTemplates templates, ReportSettings settings) {
        this.reports = reports;
        this.templates = templates;
        this.settings = settings;
    }

    /** The five presets, then the municipality's own templates. */
    @GetMapping("/t/{code}/api/report-templates")
    List<ReportTemplate> templates() {
        return templates.all();
    }

    /** The tenant's admin makes a template of its own, typically from a preset's JSON with changes. */
    @PutMapping("/t/{code}/api/report-templates/{templateCode}")
    ResponseEntity<ReportTemplate> saveTemplate(
            @PathVariable String templateCode, @RequestBody ReportTemplate template) {
        requireTenantAdmin();
        boolean created = templates.save(templateCode, template);
        ReportTemplate stored = templates.require(templateCode);
        return created ? ResponseEntity.status(HttpStatus.CREATED).body(stored) : ResponseEntity.ok(stored);
    }

    @DeleteMapping("/t/{code}/api/report-templates/{templateCode}")
    ResponseEntity<Void> deleteTemplate(@PathVariable String templateCode) {
        requireTenantAdmin();
        templates.delete(templateCode);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/t/{code}/api/report-settings")
    ReportSettings.Settings settings() {
        return settings.current();
    }

    /** The approval chain, the memo's letter prefix and phone; the tenant's admin only. */
    @PutMapping("/t/{code}/api/report-settings")
    ReportSettings.Settings replaceSettings(@RequestBody SettingsRequest request) {
        requireTenantAdmin();
        return settings.replace(request.approvalChain(), request.letterPrefix(), request.phone());
    }

    private static void requireTenantAdmin() {
        Caller caller = Callers.current();
        if (!caller.has(Role.MUNICIPAL_ADMIN) && !caller.has(Role.NATIONAL_ADMIN)) {
            throw ApiProblem.forbidden("เฉพาะผู้ดูแลของเทศบาลเท่านั้นที่แก้ไขแม่แบบและการตั้งค่ารายงานได้");
        }
    }

    @GetMapping("/t/{code}/api/fiscal-years/{fy}/report")
    ResponseEntity<?> report(
            @PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String template,
            @RequestParam(required = false) String digits) {
        return switch (reports.report(fiscalYear, format, template, digits)) {
            case ReportJson json ->
                ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
            case Document document ->
                ReportHeaders.apply(ResponseEntity.ok(), document.mediaType())
                        .contentType(MediaType.parseMediaType(document.mediaType()))
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline()
                                        .filename(document.fileName(), StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
                        .body(document.bytes());
        };
    }
}
