package th.prongsai.analytics.oit;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import th.prongsai.analytics.answers.AnswerCache;
import th.prongsai.analytics.stream.GroupConsumer;
import th.prongsai.analytics.tenants.TenantKnown;
import th.prongsai.events.OitReadinessChanged;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies {@link OitReadinessChanged} entries. The store keeps the newest state per tenant and year, so a
 * redelivered, replayed or older event changes nothing; a change advances the {@code oit} cache generation after
 * it committed. Readiness of a tenant analytics has not heard of yet is stored anyway: the lists join the tenants
 * read model, so it shows once the tenant's lifecycle event has arrived.
 */
@Component
class OitEventConsumer implements GroupConsumer.Handler {

    private static final Logger log = LoggerFactory.getLogger(OitEventConsumer.class);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final OitReadinessStore store;
    private final AnswerCache cache;
    private final JsonMapper json;

    OitEventConsumer(OitReadinessStore store, AnswerCache cache, JsonMapper json) {
        this.store = store;
        this.cache = cache;
        this.json = json;
    }

    @Override
    public void handle(String id, String type, String payload) {
        if (!OitReadinessChanged.class.getSimpleName().equals(type)) {
            log.debug("Skipping stream entry {} of type {}", id, type);
            return;
        }
        OitReadinessChanged event;
        try {
            event = json.readValue(payload, OitReadinessChanged.class);
        } catch (JacksonException e) {
            // It can never be applied; acknowledging it keeps the stream moving.
            log.error("Unreadable OIT readiness event {} skipped: {}", id, e.getOriginalMessage());
            return;
        }
        String problem = problem(event);
        if (problem != null) {
            log.error("OIT readiness event {} skipped: {}", id, problem);
            return;
        }
        MDC.put("tenant", event.tenant());
        try {
            if (store.apply(event)) {
                cache.advance(OitReadinessStore.GENERATION);
            }
        } finally {
            MDC.remove("tenant");
        }
    }

    /** A new municipality in the tenants read model appears in the province's list as "no data". */
    @EventListener
    void tenantKnown(TenantKnown known) {
        cache.advance(OitReadinessStore.GENERATION);
    }

    /** What makes an event impossible to store, or null. */
    static @Nullable String problem(OitReadinessChanged e) {
        if (e.tenant() == null || e.tenant().isBlank() || e.occurredAt() == null) {
            return "no tenant or time";
        }
        if (e.fiscalYear() < 2500 || e.fiscalYear() > 2700) {
            return "fiscal year " + e.fiscalYear();
        }
        if (e.items() < 0
                || e.ready() < 0
                || e.ready() > e.items()
                || e.missing() < 0
                || e.broken() < 0
                || e.offSite() < 0
                || e.wrongYear() < 0
                || e.notChecked() < 0) {
            return "counts out of range";
        }
        BigDecimal share = e.sharePercent();
        if (share != null && (share.signum() < 0 || share.compareTo(HUNDRED) > 0)) {
            return "share " + share;
        }
        return null;
    }
}
