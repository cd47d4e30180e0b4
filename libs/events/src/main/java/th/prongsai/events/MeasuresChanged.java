package th.prongsai.events;

import java.time.Instant;
import java.util.Map;

/**
 * How many of a tenant's measures of a fiscal year aim at each ITA indicator (top-level code, sub-indicators
 * counted for their indicator), after any change to that year's measures. The whole picture each time, so the
 * latest event is the truth.
 */
public record MeasuresChanged(
        String tenant, int fiscalYear, Map<String, Integer> measuresPerIndicator, Instant occurredAt) {}
