package th.prongsai.ita.scoring;

import java.math.BigDecimal;

/**
 * One indicator's score (คะแนนตัวชี้วัด) with its pass/fail against the pass mark and, when the previous year is
 * known, the change from it.
 *
 * @param score         the score as published (at most 2 decimals)
 * @param passed        score ≥ the framework's pass mark
 * @param previousScore the previous year's score, or {@code null}
 * @param change        score − previousScore, exact, or {@code null}
 * @param trend         the sign of the change, or {@code null}
 */
public record IndicatorResult(
        String code,
        String nameTh,
        String nameEn,
        String toolCode,
        BigDecimal score,
        boolean passed,
        BigDecimal previousScore,
        BigDecimal change,
        Trend trend) {}
