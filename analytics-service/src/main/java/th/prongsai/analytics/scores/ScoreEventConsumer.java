package th.prongsai.analytics.scores;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import th.prongsai.analytics.facts.Agency;
import th.prongsai.analytics.facts.Dataset;
import th.prongsai.analytics.facts.FactStore;
import th.prongsai.analytics.facts.Source;
import th.prongsai.analytics.stream.GroupConsumer;
import th.prongsai.analytics.tenants.TenantRecord;
import th.prongsai.analytics.tenants.TenantRecords;
import th.prongsai.events.MeasuresChanged;
import th.prongsai.events.ScoresChanged;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns report-service's {@link ScoresChanged} and {@link MeasuresChanged} events into facts of the real dataset.
 * A tenant's facts are keyed by its tenant code and described (name, type, province) by what analytics learnt from
 * its lifecycle events; until that event has arrived the entry stays pending and is retried. Applying an event twice
 * changes nothing (the store compares before it writes), and events are applied in stream order.
 */
@Component
public class ScoreEventConsumer implements GroupConsumer.Handler {

    private static final Logger log = LoggerFactory.getLogger(ScoreEventConsumer.class);

    private final FactStore facts;
    private final TenantRecords tenants;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    public ScoreEventConsumer(FactStore facts, TenantRecords tenants, TransactionTemplate transactions,
            JsonMapper json) {
        this.facts = facts;
        this.tenants = tenants;
        this.transactions = transactions;
        this.json = json;
    }

    @Override
    public void handle(String id, String type, String payload) {
        try {
            if (ScoresChanged.class.getSimpleName().equals(type)) {
                apply(json.readValue(payload, ScoresChanged.class));
            } else if (MeasuresChanged.class.getSimpleName().equals(type)) {
                MeasuresChanged event = json.readValue(payload, MeasuresChanged.class);
                transactions.executeWithoutResult(status -> facts.replaceCoverage(event.tenant(), event.fiscalYear(),
                        event.measuresPerIndicator()));
            } else {
                log.debug("Skipping stream entry {} of type {}", id, type);
            }
        } catch (JacksonException e) {
            // It can never be applied; acknowledging it keeps the stream moving.
            log.error("Unreadable score event {} skipped: {}", id, e.getOriginalMessage());
        }
    }

    private void apply(ScoresChanged event) {
        MDC.put("tenant", event.tenant());
        try {
            transactions.executeWithoutResult(status -> {
                if (event.removed()) {
                    facts.remove(Dataset.REAL, event.tenant(), event.fiscalYear());
                    return;
                }
                List<TenantRecord> known = tenants.byCode(event.tenant());
                if (known.isEmpty()) {
                    throw new IllegalStateException("scores of tenant " + event.tenant()
                            + " arrived before its lifecycle event; kept pending");
                }
                TenantRecord tenant = known.getFirst();
                facts.upsert(Dataset.REAL, new Agency(tenant.code(), tenant.nameTh(), tenant.type(), tenant.province(),
                        tenant.code()), event.fiscalYear(), event.indicators(), event.publishedOverall(), Source.TENANT);
            });
        } finally {
            MDC.remove("tenant");
        }
    }
}
