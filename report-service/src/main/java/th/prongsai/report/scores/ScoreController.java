package th.prongsai.report.scores;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.ita.scoring.Analysis;
import th.prongsai.ita.scoring.Focus;
import th.prongsai.report.measure.MeasureService;
import th.prongsai.report.scores.ScoreService.IndicatorView;
import th.prongsai.report.scores.ScoreService.ScoreView;

/** {@code /t/{code}/api/fiscal-years/{fy}/scores} and {@code …/analysis}; the guard has set the tenant. */
@RestController
@RequestMapping("/t/{code}/api/fiscal-years/{fy}")
class ScoreController {

    /** An indicator to focus year N's measures on, and the measures of N that already aim at it. */
    record FocusView(IndicatorView indicator, boolean belowPassMark, boolean dropped, List<Integer> measureNumbers) {}

    record AnalysisView(
            int fiscalYear,
            int basedOnFiscalYear,
            BigDecimal passMark,
            List<FocusView> focus,
            List<String> uncovered) {}

    private final ScoreService scores;
    private final MeasureService measures;

    ScoreController(ScoreService scores, MeasureService measures) {
        this.scores = scores;
        this.measures = measures;
    }

    @GetMapping("/scores")
    ScoreView get(@PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear) {
        return scores.get(fiscalYear);
    }

    @PutMapping("/scores")
    ScoreView put(@PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear, @Valid @RequestBody ScoresRequest request) {
        return scores.put(fiscalYear, request);
    }

    @DeleteMapping("/scores")
    ResponseEntity<Void> delete(@PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear) {
        scores.delete(fiscalYear);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/analysis")
    AnalysisView analysis(@PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear) {
        Analysis analysis = scores.analyse(fiscalYear);
        Map<String, List<Integer>> aimedAt = measures.numbersByIndicator(fiscalYear);
        List<FocusView> focus =
                analysis.focus().stream().map(f -> focusView(f, aimedAt)).toList();
        List<String> uncovered = focus.stream()
                .filter(f -> f.measureNumbers().isEmpty())
                .map(f -> f.indicator().code())
                .toList();
        return new AnalysisView(
                analysis.fiscalYear(),
                analysis.basedOnFiscalYear(),
                scores.passMark(analysis.basedOnFiscalYear()),
                focus,
                uncovered);
    }

    private static FocusView focusView(Focus f, Map<String, List<Integer>> aimedAt) {
        IndicatorView indicator = IndicatorView.of(f.indicator());
        return new FocusView(
                indicator, f.belowPassMark(), f.dropped(), aimedAt.getOrDefault(indicator.code(), List.of()));
    }
}
