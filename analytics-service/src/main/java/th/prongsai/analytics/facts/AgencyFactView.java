package th.prongsai.analytics.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One agency's stored result of one fiscal year, as {@code GET /api/analytics/agencies/{agencyCode}/{fy}} answers it.
 *
 * @param synthetic        true for the generated dataset: never real results
 * @param overall          computed by libs/ita-framework from the indicator scores
 * @param publishedOverall as published (the import's overall, or what a tenant typed), if known
 */
record AgencyFactView(
        String agencyCode,
        int fiscalYear,
        String dataset,
        boolean synthetic,
        String nameTh,
        String laoType,
        String province,
        String tenantCode,
        Map<String, BigDecimal> scores,
        Map<String, BigDecimal> tools,
        BigDecimal overall,
        BigDecimal publishedOverall,
        LevelView level,
        boolean passed,
        String source,
        Instant updatedAt) {

    /** The level's code and labels as that year's framework names it. */
    public record LevelView(String code, String labelTh, String labelEn) {}
}
