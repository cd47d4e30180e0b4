package th.prongsai.tenant.tenant;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import th.prongsai.events.outbox.OutboxRelay;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read-your-writes for the registry: before a lifecycle change is answered, its outbox row is delivered now
 * (instead of at the relay's next poll) and the Redis registry hash is checked to hold it, so a gateway or
 * service that looks the tenant up after the answer finds the new state. Bounded: when Redis is away the answer
 * goes out anyway and the relay delivers later (the gateway that proxied the answer has applied it already).
 */
@Component
class RegistryPublication {

    private static final Logger log = LoggerFactory.getLogger(RegistryPublication.class);
    private static final Duration RECHECK = Duration.ofMillis(5);

    private final ObjectProvider<OutboxRelay> relay;
    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final Duration wait;

    RegistryPublication(
            ObjectProvider<OutboxRelay> relay,
            StringRedisTemplate redis,
            JsonMapper json,
            @Value("${ita.tenants.publish-wait:2s}") Duration wait) {
        this.relay = relay;
        this.redis = redis;
        this.json = json;
        this.wait = wait;
    }

    /** @return whether the registry hash holds this state (or a newer one) */
    boolean awaitPublished(TenantView tenant) {
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            try {
                relay.ifAvailable(OutboxRelay::drain);
                if (holds(tenant)) {
                    return true;
                }
            } catch (RuntimeException e) {
                log.warn(
                        "Tenant {} is {} but the registry hash could not be written now: {}",
                        tenant.code(),
                        tenant.status(),
                        e.toString());
                return false;
            }
            if (Instant.now().isAfter(deadline)) {
                log.warn(
                        "Tenant {} is {} but the registry hash did not show it within {}",
                        tenant.code(),
                        tenant.status(),
                        wait);
                return false;
            }
            try {
                Thread.sleep(RECHECK);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** The entry's event time is the row's {@code updatedAt} (see {@link TenantEvents}): ours, or a newer one. */
    private boolean holds(TenantView tenant) {
        Object payload = redis.opsForHash().get(Streams.TENANT_REGISTRY, tenant.code());
        if (payload == null) {
            return false;
        }
        TenantEvent held = json.readValue(payload.toString(), TenantEvent.class);
        return held.occurredAt() != null && !held.occurredAt().isBefore(tenant.updatedAt());
    }
}
