package th.prongsai.report.measure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.report.measure.ThemeService.ThemeView;
import th.prongsai.tenancy.context.TenantContext;

/** {@code /t/{code}/api/fiscal-years/{fy}/themes}, ordered by number. */
@RestController
@RequestMapping("/t/{code}/api/fiscal-years/{fy}/themes")
class ThemeController {

    record ThemeRequest(
            @NotNull @Positive @Max(999) Integer number,
            @NotBlank @Size(max = 500) String title,
            @Min(0) Long version) {}

    private final ThemeService themes;

    ThemeController(ThemeService themes) {
        this.themes = themes;
    }

    @GetMapping
    List<ThemeView> list(@PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear) {
        return themes.list(fiscalYear);
    }

    @PostMapping
    ResponseEntity<ThemeView> create(
            @PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear, @Valid @RequestBody ThemeRequest request) {
        MeasureService.checkText("title", request.title());
        ThemeView created = themes.create(fiscalYear, request.number(), request.title());
        return ResponseEntity.created(URI.create("/t/" + TenantContext.require() + "/api/fiscal-years/" + fiscalYear
                        + "/themes/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    ThemeView update(
            @PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear,
            @PathVariable long id,
            @Valid @RequestBody ThemeRequest request) {
        if (request.version() == null) {
            throw ApiProblem.invalid("version", "is required to update: send the version you last read");
        }
        MeasureService.checkText("title", request.title());
        return themes.update(fiscalYear, id, request.number(), request.title(), request.version());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear, @PathVariable long id) {
        themes.delete(fiscalYear, id);
        return ResponseEntity.noContent().build();
    }
}
