package th.prongsai.ita.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.Indicator;
import th.prongsai.ita.framework.Level;
import th.prongsai.ita.framework.Tool;
import th.prongsai.ita.framework.Violation;

/**
 * The ITA math: each tool's score is the plain mean of its indicators, the overall is the weighted sum of the tool
 * means ({@code 0.30·IIT + 0.30·EIT + 0.40·OIT} in the built-in years).
 *
 * <p>Means and the overall are computed exactly ({@link MathContext#DECIMAL128}); the tool means and the overall are
 * then rounded to the framework's {@link th.prongsai.ita.framework.Rounding} (2 decimals, HALF_UP).
 * <b>The level and pass/fail use the rounded overall and the rounded tool means</b>: published figures are at
 * 2 decimals, so a municipality reading 85.00 on paper passes.
 */
public final class Scoring {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {}

    /**
     * The score card of one year.
     *
     * @param scores   the indicator scores, valid for the framework (see {@link ScoreValidator})
     * @param previous the previous year's indicator scores, or {@code null}; only indicator codes present in both
     *                 years get a change
     * @throws IllegalArgumentException when the scores break a rule of {@link ScoreValidator}
     */
    public static ScoreCard score(Framework f, Map<String, BigDecimal> scores, Map<String, BigDecimal> previous) {
        List<Violation> violations = ScoreValidator.validate(f, scores);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("invalid scores for fiscal year " + f.fiscalYear() + ": "
                    + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        }
        List<IndicatorResult> indicatorResults = new ArrayList<>();
        List<ToolResult> toolResults = new ArrayList<>();
        BigDecimal overallExact = BigDecimal.ZERO;
        for (Tool tool : f.tools()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Indicator indicator : tool.indicators()) {
                BigDecimal score = scores.get(indicator.code());
                sum = sum.add(score);
                indicatorResults.add(indicatorResult(f, tool, indicator, score, previous));
            }
            BigDecimal meanExact =
                    sum.divide(BigDecimal.valueOf(tool.indicators().size()), EXACT);
            BigDecimal mean = f.rounding().apply(meanExact);
            toolResults.add(new ToolResult(
                    tool.code(), tool.nameTh(), tool.nameEn(), tool.weight(), mean, mean.compareTo(f.passMark()) >= 0));
            overallExact =
                    overallExact.add(tool.weight().multiply(meanExact, EXACT).divide(HUNDRED, EXACT), EXACT);
        }
        BigDecimal overall = f.rounding().apply(overallExact);
        Level level = f.levelScheme()
                .classify(overall, toolResults.stream().map(ToolResult::mean).toList());
        return new ScoreCard(
                f.fiscalYear(), indicatorResults, toolResults, overall, overallExact, level, level.passed());
    }

    /**
     * The analysis for fiscal year N: the indicators of N−1 below the pass mark and those that dropped from N−2,
     * weakest score first (framework order among equal scores).
     *
     * @param previousYearFramework the framework of N−1
     * @param previousYearScores    the indicator scores of N−1
     * @param yearBeforeScores      the indicator scores of N−2, or {@code null} when unknown
     */
    public static Analysis analyse(
            Framework previousYearFramework,
            Map<String, BigDecimal> previousYearScores,
            Map<String, BigDecimal> yearBeforeScores) {
        ScoreCard card = score(previousYearFramework, previousYearScores, yearBeforeScores);
        List<Focus> focus = card.indicators().stream()
                .map(result -> new Focus(result, !result.passed(), result.trend() == Trend.DECREASED))
                .filter(candidate -> candidate.belowPassMark() || candidate.dropped())
                .sorted(Comparator.comparing(candidate -> candidate.indicator().score()))
                .toList();
        return new Analysis(previousYearFramework.fiscalYear() + 1, previousYearFramework.fiscalYear(), focus);
    }

    /** score − previous, exact. */
    public static BigDecimal change(BigDecimal score, BigDecimal previous) {
        return score.subtract(previous);
    }

    private static IndicatorResult indicatorResult(
            Framework f, Tool tool, Indicator indicator, BigDecimal score, Map<String, BigDecimal> previous) {
        BigDecimal previousScore = previous == null ? null : previous.get(indicator.code());
        BigDecimal change = previousScore == null ? null : change(score, previousScore);
        return new IndicatorResult(
                indicator.code(),
                indicator.nameTh(),
                indicator.nameEn(),
                tool.code(),
                score,
                score.compareTo(f.passMark()) >= 0,
                previousScore,
                change,
                change == null ? null : Trend.of(change));
    }
}
