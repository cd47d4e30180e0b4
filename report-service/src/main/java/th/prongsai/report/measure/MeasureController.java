package th.prongsai.report.measure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.report.measure.MeasureService.MeasureView;
import th.prongsai.tenancy.context.TenantContext;

/**
 * {@code /t/{code}/api/fiscal-years/{fy}/measures}: reached only through libs/tenancy's guard, which set the
 * tenant. Fiscal years are Buddhist Era (2500–2700). Lists are ordered by number.
 */
@RestController
@RequestMapping("/t/{code}/api/fiscal-years/{fy}/measures")
class MeasureController {

    private final MeasureService service;

    MeasureController(MeasureService service) {
        this.service = service;
    }

    /**
     * The year's measures, optionally only those with a status, in a theme (id), aimed at an indicator (a code; an
     * indicator also matches its sub-indicators) or whose title contains {@code q} (case-insensitive); filters
     * combine with AND.
     */
    @GetMapping
    List<MeasureView> list(
            @PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size,
            @RequestParam(required = false) MeasureStatus status,
            @RequestParam(required = false) @Positive Long theme,
            @RequestParam(required = false)
                    @Pattern(
                            regexp = "\\d{1,2}(\\.\\d{1,2})?",
                            message = "must be an ITA indicator code such as 9 or 10.2")
                    String indicator,
            @RequestParam(required = false) @Size(max = 200) String q) {
        MeasureService.checkText("q", q);
        return service.list(
                fiscalYear,
                size,
                new MeasureFilter(status, theme, indicator, q == null || q.isBlank() ? null : q.strip()));
    }

    @GetMapping("/{id}")
    MeasureView get(@PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear, @PathVariable long id) {
        return service.get(fiscalYear, id);
    }

    @PostMapping
    ResponseEntity<MeasureView> create(
            @PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear, @Valid @RequestBody MeasureRequest request) {
        MeasureView created = service.create(fiscalYear, request);
        URI location = URI.create(
                "/t/" + TenantContext.require() + "/api/fiscal-years/" + fiscalYear + "/measures/" + created.id());
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping("/{id}")
    MeasureView update(
            @PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear,
            @PathVariable long id,
            @Validated({Default.class, MeasureRequest.Complete.class}) @RequestBody MeasureRequest request) {
        if (request.version() == null) {
            throw ApiProblem.invalid("version", "is required to update: send the version you last read");
        }
        return service.update(fiscalYear, id, request);
    }

    /** The year's measures renumbered 1…n in the order of {@code measureIds}. */
    record OrderRequest(@NotNull @Size(max = 2000) List<@NotNull Long> measureIds) {}

    @PutMapping("/order")
    List<MeasureView> reorder(
            @PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear, @Valid @RequestBody OrderRequest request) {
        return service.reorder(fiscalYear, request.measureIds());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear, @PathVariable long id) {
        service.delete(fiscalYear, id);
        return ResponseEntity.noContent().build();
    }
}
