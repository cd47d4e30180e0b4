package th.prongsai.tenant.tenant;

import java.util.UUID;
import org.springframework.stereotype.Component;
import th.prongsai.events.TenantEvent;
import th.prongsai.events.outbox.OutboxWriter;

/** Lifecycle facts go to the outbox in the same transaction as the change; the relay puts them on Redis. */
@Component
class TenantEvents {

    private final OutboxWriter outbox;

    TenantEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /**
     * The event's time is the entry's {@code updatedAt}: the same instant the API answer carries, so a consumer
     * that learnt a state from the answer (the gateway) and later reads its event keeps one order.
     */
    void publish(Tenant t, TenantEvent.Kind kind) {
        outbox.append(new TenantEvent(
                UUID.randomUUID(),
                kind,
                t.getCode(),
                t.getNameTh(),
                t.getNameEn(),
                t.getType().name(),
                t.getProvince(),
                t.getStatus().name(),
                t.getUpdatedAt()));
    }
}
