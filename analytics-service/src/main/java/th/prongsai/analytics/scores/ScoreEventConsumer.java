package th.prongsai.analytics.scores;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import th.prongsai.analytics.facts.Agency;
import th.prongsai.analytics.facts.Dataset;
import th.prongsai.analytics.facts.FactStore;
import th.prongsai.analytics.facts.Source;
import th.prongsai.analytics.stream.GroupConsumer;
import th.prongsai.analytics.tenants.TenantKnown;
import th.prongsai.analytics.tenants.TenantRecord;
import th.prongsai.analytics.tenants.TenantRecords;
import th.prongsai.events.MeasuresChanged;
import th.prongsai.events.ScoresChanged;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns report-service's {@link ScoresChanged} and {@link MeasuresChanged} events into facts of the real dataset.
 * A tenant's facts are keyed by its tenant code and described (name, type, province) by what analytics learnt from
 * its lifecycle events. Scores of a tenant not known yet are parked ({@link ParkedScores}) and acknowledged, so
 * they never hold back other tenants' entries; they are applied, in order, when the tenant's lifecycle event
 * arrives ({@link TenantKnown}), and before any later score entry of that tenant. Applying an event twice changes
 * nothing (the store compares before it writes).
 */
@Component
class ScoreEventConsumer implements GroupConsumer.Handler {

    private static final Logger log = LoggerFactory.getLogger(ScoreEventConsumer.class);

    private final FactStore facts;
    private final TenantRecords tenants;
    private final ParkedScores parked;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    ScoreEventConsumer(
            FactStore facts,
            TenantRecords tenants,
            ParkedScores parked,
            TransactionTemplate transactions,
            JsonMapper json,
            ObjectProvider<MeterRegistry> meters) {
        this.facts = facts;
        this.tenants = tenants;
        this.parked = parked;
        this.transactions = transactions;
        this.json = json;
        meters.ifAvailable(registry -> Gauge.builder("ita.analytics.scores.parked", parked, ParkedScores::count)
                .description("Score events waiting for their tenant's lifecycle event")
                .register(registry));
    }

    @Override
    public void handle(String id, String type, String payload) {
        try {
            if (ScoresChanged.class.getSimpleName().equals(type)) {
                apply(id, payload, json.readValue(payload, ScoresChanged.class));
            } else if (MeasuresChanged.class.getSimpleName().equals(type)) {
                MeasuresChanged event = json.readValue(payload, MeasuresChanged.class);
                transactions.executeWithoutResult(status ->
                        facts.replaceCoverage(event.tenant(), event.fiscalYear(), event.measuresPerIndicator()));
            } else {
                log.debug("Skipping stream entry {} of type {}", id, type);
            }
        } catch (JacksonException e) {
            // It can never be applied; acknowledging it keeps the stream moving.
            log.error("Unreadable score event {} skipped: {}", id, e.getOriginalMessage());
        }
    }

    /** Releases what was parked for a tenant that analytics has just learnt of. */
    @EventListener
    void release(TenantKnown known) {
        MDC.put("tenant", known.code());
        try {
            transactions.executeWithoutResult(status -> {
                parked.lock(known.code());
                tenants.byCode(known.code()).stream().findFirst().ifPresent(this::releaseParked);
            });
        } catch (RuntimeException e) {
            // they stay parked and go first when the tenant's next score event arrives
            log.warn("Parked score events of tenant {} could not be applied yet: {}", known.code(), e.toString());
        } finally {
            MDC.remove("tenant");
        }
    }

    private void apply(String id, String payload, ScoresChanged event) {
        MDC.put("tenant", event.tenant());
        try {
            transactions.executeWithoutResult(status -> {
                parked.lock(event.tenant());
                List<TenantRecord> known = tenants.byCode(event.tenant());
                if (known.isEmpty()) {
                    parked.park(event.tenant(), id, payload);
                    log.info(
                            "Scores of tenant {} ({}) arrived before its lifecycle event; parked",
                            event.tenant(),
                            event.fiscalYear());
                    return;
                }
                releaseParked(known.getFirst());
                applyKnown(known.getFirst(), event);
            });
        } finally {
            MDC.remove("tenant");
        }
    }

    private void releaseParked(TenantRecord tenant) {
        List<ParkedScores.Parked> waiting = parked.of(tenant.code());
        if (waiting.isEmpty()) {
            return;
        }
        for (ParkedScores.Parked entry : waiting) {
            ScoresChanged event;
            try {
                event = json.readValue(entry.payload(), ScoresChanged.class);
            } catch (JacksonException e) {
                log.error("Unreadable parked score event {} dropped: {}", entry.id(), e.getOriginalMessage());
                continue;
            }
            applyKnown(tenant, event);
        }
        parked.remove(waiting);
        log.info("Applied {} parked score events of tenant {}", waiting.size(), tenant.code());
    }

    private void applyKnown(TenantRecord tenant, ScoresChanged event) {
        if (event.removed()) {
            facts.remove(Dataset.REAL, event.tenant(), event.fiscalYear());
            return;
        }
        facts.upsert(
                Dataset.REAL,
                new Agency(tenant.code(), tenant.nameTh(), tenant.type(), tenant.province(), tenant.code()),
                event.fiscalYear(),
                event.indicators(),
                event.publishedOverall(),
                Source.TENANT);
    }
}
