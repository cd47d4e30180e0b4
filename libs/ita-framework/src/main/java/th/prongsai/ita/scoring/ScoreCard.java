package th.prongsai.ita.scoring;

import java.math.BigDecimal;
import java.util.List;
import th.prongsai.ita.framework.Level;

/**
 * A fiscal year's ITA result (ผลการประเมิน ITA) computed from the ten indicator scores.
 *
 * @param overall      the overall score rounded to the framework's rounding, as it would be published
 * @param overallExact the unrounded weighted sum of the tool means
 * @param level        the level of the rounded figures
 * @param passed       whether that level counts as passing
 */
public record ScoreCard(
        int fiscalYear,
        List<IndicatorResult> indicators,
        List<ToolResult> tools,
        BigDecimal overall,
        BigDecimal overallExact,
        Level level,
        boolean passed) {

    public ScoreCard {
        indicators = List.copyOf(indicators);
        tools = List.copyOf(tools);
    }
}
