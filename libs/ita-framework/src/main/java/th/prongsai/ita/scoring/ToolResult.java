package th.prongsai.ita.scoring;

import java.math.BigDecimal;

/**
 * One tool's mean score (IIT, EIT or OIT).
 *
 * @param mean   the plain mean of the tool's indicators, rounded to the framework's rounding
 * @param passed the rounded mean ≥ the pass mark
 */
public record ToolResult(
        String code, String nameTh, String nameEn, BigDecimal weight, BigDecimal mean, boolean passed) {}
