package th.prongsai.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A tenant's ITA scores of one fiscal year were stored, replaced or removed ({@code indicators} null). Carries
 * only what was entered; every computed figure is recomputed by the consumer with libs/ita-framework.
 *
 * @param version the score sheet's version in report-service, so an older event never overwrites a newer one
 */
public record ScoresChanged(
        String tenant,
        int fiscalYear,
        Map<String, BigDecimal> indicators,
        BigDecimal publishedOverall,
        String publishedLevel,
        long version,
        Instant occurredAt) {

    public boolean removed() {
        return indicators == null;
    }
}
