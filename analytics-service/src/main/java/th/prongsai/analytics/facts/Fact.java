package th.prongsai.analytics.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One row of {@code score_facts}: an agency's ITA result of one fiscal year, with everything computed by
 * {@code Scoring.score} (tool means, overall, level, pass) next to the overall as published.
 *
 * @param scores    indicator code → score, in framework order
 * @param updatedAt when the row was last written; {@code null} for a fact not stored yet
 */
public record Fact(
        Dataset dataset,
        Agency agency,
        int fiscalYear,
        Map<String, BigDecimal> scores,
        BigDecimal iit,
        BigDecimal eit,
        BigDecimal oit,
        BigDecimal overall,
        BigDecimal publishedOverall,
        String levelCode,
        boolean passed,
        Source source,
        Instant updatedAt) {

    /** Whether storing this fact over {@code stored} would change anything but {@code updated_at}. */
    public boolean sameAs(Fact stored) {
        return stored != null
                && dataset == stored.dataset
                && fiscalYear == stored.fiscalYear
                && source == stored.source
                && agency.equals(stored.agency)
                && passed == stored.passed
                && levelCode.equals(stored.levelCode)
                && sameScores(scores, stored.scores)
                && same(iit, stored.iit)
                && same(eit, stored.eit)
                && same(oit, stored.oit)
                && same(overall, stored.overall)
                && same(publishedOverall, stored.publishedOverall);
    }

    private static boolean sameScores(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> same(e.getValue(), b.get(e.getKey())));
    }

    // 82.5 and 82.50 are the same score
    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
