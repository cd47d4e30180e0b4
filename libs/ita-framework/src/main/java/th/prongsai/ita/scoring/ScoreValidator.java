package th.prongsai.ita.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.Indicator;
import th.prongsai.ita.framework.Violation;

/**
 * Checks a year's indicator scores against its framework: one score per indicator, no unknown codes, each score
 * 0–100 with at most 2 decimals (NACC publishes 2).
 */
public final class ScoreValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_DECIMALS = 2;

    private ScoreValidator() {}

    /** Every problem with the scores, with fields named "indicators.&lt;code&gt;"; empty when they are valid. */
    public static List<Violation> validate(Framework f, Map<String, BigDecimal> indicators) {
        List<Violation> violations = new ArrayList<>();
        if (indicators == null) {
            violations.add(new Violation("indicators", "must not be null"));
            return violations;
        }
        for (Indicator indicator : f.indicators()) {
            String field = field(indicator.code());
            if (!indicators.containsKey(indicator.code())) {
                violations.add(new Violation(field, "score is missing"));
                continue;
            }
            BigDecimal score = indicators.get(indicator.code());
            if (score == null) {
                violations.add(new Violation(field, "score must not be null"));
            } else if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
                violations.add(new Violation(field, "score must be between 0 and 100"));
            } else if (Math.max(score.stripTrailingZeros().scale(), 0) > MAX_DECIMALS) {
                violations.add(new Violation(field, "score must have at most " + MAX_DECIMALS + " decimals"));
            }
        }
        // Sorted so the report is stable whatever map the caller used.
        for (String code :
                new TreeSet<>(indicators.keySet().stream().map(String::valueOf).toList())) {
            if (f.indicator(code).isEmpty()) {
                violations.add(new Violation(field(code), "unknown indicator for fiscal year " + f.fiscalYear()));
            }
        }
        return violations;
    }

    private static String field(String code) {
        return "indicators." + code;
    }
}
