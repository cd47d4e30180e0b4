package th.prongsai.report.feed;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import th.prongsai.events.MeasuresChanged;
import th.prongsai.events.OitReadinessChanged;
import th.prongsai.events.ScoresChanged;
import th.prongsai.events.Streams;
import th.prongsai.events.outbox.OutboxWriter;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.FrameworkJson;
import th.prongsai.tenancy.context.TenantContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * What analytics-service learns from report-service, written to the outbox ({@code reporting.outbox}) inside the
 * transaction of the change itself, so an event exists if and only if the change was committed. The tenant is
 * always the one in {@link TenantContext}, never a parameter.
 */
@Component
public class AnalyticsFeed {

    private final OutboxWriter outbox;
    private final JsonMapper json;
    private final Clock clock;

    public AnalyticsFeed(OutboxWriter outbox, JsonMapper json, Clock clock) {
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** The year's scores as stored now; {@code indicators} null when they were removed. */
    public void scoresChanged(
            int fiscalYear,
            Map<String, BigDecimal> indicators,
            BigDecimal publishedOverall,
            String publishedLevel,
            long version) {
        ScoresChanged event = new ScoresChanged(
                TenantContext.require().value(),
                fiscalYear,
                indicators == null ? null : new TreeMap<>(indicators),
                publishedOverall,
                publishedLevel,
                version,
                Instant.now(clock));
        outbox.append(Streams.SCORES, ScoresChanged.class.getSimpleName(), json.writeValueAsString(event), null);
    }

    /** How many of the year's measures aim at each indicator, as they stand now. */
    public void measuresChanged(int fiscalYear, Map<String, Integer> measuresPerIndicator) {
        MeasuresChanged event = new MeasuresChanged(
                TenantContext.require().value(), fiscalYear, new TreeMap<>(measuresPerIndicator), Instant.now(clock));
        outbox.append(Streams.SCORES, MeasuresChanged.class.getSimpleName(), json.writeValueAsString(event), null);
    }

    /**
     * The year's OIT readiness as it stands now (after answers or URL checks changed): the counts of items ready
     * and in each gap, and the last day of the ITAS window. On its own stream, {@link Streams#OIT}.
     */
    public void oitReadinessChanged(
            int fiscalYear,
            int items,
            int ready,
            @Nullable BigDecimal sharePercent,
            int missing,
            int broken,
            int offSite,
            int wrongYear,
            int notChecked,
            @Nullable LocalDate itasCloses) {
        OitReadinessChanged event = new OitReadinessChanged(
                TenantContext.require().value(),
                fiscalYear,
                items,
                ready,
                sharePercent,
                missing,
                broken,
                offSite,
                wrongYear,
                notChecked,
                itasCloses,
                Instant.now(clock));
        outbox.append(Streams.OIT, OitReadinessChanged.class.getSimpleName(), json.writeValueAsString(event), null);
    }

    /** A framework a national admin stored; its registry entry (field = fiscal year) is what consumers load. */
    public void frameworkChanged(Framework framework) {
        outbox.append(
                Streams.FRAMEWORKS,
                Framework.class.getSimpleName(),
                FrameworkJson.write(framework),
                String.valueOf(framework.fiscalYear()));
    }
}
