package th.prongsai.analytics.tenants;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import th.prongsai.analytics.stream.GroupConsumer;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies tenant lifecycle events from {@link Streams#TENANTS}, read by a {@link GroupConsumer};
 * {@link TenantRecords#apply} makes redelivery harmless. Each new one announces {@link TenantKnown}, which releases
 * score events parked while the tenant was unknown.
 */
@Component
class TenantEventConsumer implements GroupConsumer.Handler {

    private static final Logger log = LoggerFactory.getLogger(TenantEventConsumer.class);

    private final TenantRecords records;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    TenantEventConsumer(TenantRecords records, JsonMapper json, ApplicationEventPublisher events) {
        this.records = records;
        this.json = json;
        this.events = events;
    }

    @Override
    public void handle(String id, String type, String payload) {
        if (!TenantEvent.class.getSimpleName().equals(type)) {
            log.debug("Skipping stream entry {} of type {}", id, type);
            return;
        }
        TenantEvent event;
        try {
            event = json.readValue(payload, TenantEvent.class);
        } catch (JacksonException e) {
            // It can never be applied; acknowledging it keeps the stream moving.
            log.error("Unreadable tenant event {} skipped: {}", id, e.getOriginalMessage());
            return;
        }
        MDC.put("tenant", event.code());
        try {
            if (records.apply(event)) {
                log.info("Tenant {} is now {} ({})", event.code(), event.status(), event.kind());
                events.publishEvent(new TenantKnown(event.code()));
            }
        } finally {
            MDC.remove("tenant");
        }
    }
}
