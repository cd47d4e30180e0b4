package th.prongsai.report.exchange;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.report.department.DepartmentService;
import th.prongsai.report.exchange.FiscalYearExchange.Summary;
import th.prongsai.report.measure.MeasureService;
import th.prongsai.report.measure.ThemeService;
import th.prongsai.tenancy.context.TenantContext;

/**
 * Whole-year operations under {@code /t/{code}/api/fiscal-years/{fy}}: {@code GET export?format=json|csv},
 * {@code PUT import} (a {@link FiscalYearDocument}), {@code POST measures/copy} ({@code {"fromFiscalYear":2567}}).
 */
@RestController
@RequestMapping("/t/{code}/api/fiscal-years/{fy}")
class ExchangeController {

    record CopyRequest(@NotNull @Min(2500) @Max(2700) Integer fromFiscalYear) {}

    private final FiscalYearExchange exchange;
    private final MeasureService measures;
    private final ThemeService themes;
    private final DepartmentService departments;

    ExchangeController(
            FiscalYearExchange exchange, MeasureService measures, ThemeService themes, DepartmentService departments) {
        this.exchange = exchange;
        this.measures = measures;
        this.themes = themes;
        this.departments = departments;
    }

    @GetMapping("/export")
    ResponseEntity<?> export(
            @PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear,
            @RequestParam(defaultValue = "json") @Pattern(regexp = "json|csv", message = "must be json or csv")
                    String format) {
        String name = TenantContext.require() + "-" + fiscalYear + "." + format;
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString());
        if (format.equals("csv")) {
            return response.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .body(MeasureCsv.write(measures.all(fiscalYear), themes.list(fiscalYear), departments.names()));
        }
        return response.contentType(MediaType.APPLICATION_JSON).body(exchange.export(fiscalYear));
    }

    @PutMapping("/import")
    Summary importYear(
            @PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear, @RequestBody FiscalYearDocument document) {
        return exchange.importYear(fiscalYear, document);
    }

    @PostMapping("/measures/copy")
    ResponseEntity<Summary> copy(
            @PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear, @Valid @RequestBody CopyRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(exchange.copy(fiscalYear, request.fromFiscalYear()));
    }
}
