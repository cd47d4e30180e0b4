package th.prongsai.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A tenant's OIT readiness of one fiscal year as report-service computes it now: how many checklist items the year
 * has, how many are ready (a live URL on the main website for the right year), and how many of the others are in
 * each gap. The whole picture each time; {@code occurredAt} orders them, so a replayed or older event never
 * overwrites a newer one.
 *
 * @param sharePercent {@code ready / items} in %, null when the year has no items
 * @param itasCloses   the last day of the year's ITAS window for OIT URLs, null when it is not known
 */
public record OitReadinessChanged(
        String tenant,
        int fiscalYear,
        int items,
        int ready,
        BigDecimal sharePercent,
        int missing,
        int broken,
        int offSite,
        int wrongYear,
        int notChecked,
        LocalDate itasCloses,
        Instant occurredAt) {}
