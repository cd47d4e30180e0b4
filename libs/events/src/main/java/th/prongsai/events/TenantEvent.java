package th.prongsai.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A tenant lifecycle fact published by tenant-service on the stream {@link Streams#TENANTS}.
 * It carries the whole registry entry so that consumers (gateway cache, analytics) never call back.
 *
 * @param eventId   unique per event; consumers use it to stay idempotent
 * @param kind      what happened
 * @param code      tenant code
 * @param nameTh    Thai name
 * @param nameEn    English name
 * @param type      LAO type (e.g. TOWN_MUNICIPALITY)
 * @param province  2-digit province code
 * @param status    status after the change (PROVISIONING, ACTIVE, SUSPENDED, ARCHIVED, FAILED)
 * @param occurredAt when it happened
 */
public record TenantEvent(
        UUID eventId,
        Kind kind,
        String code,
        String nameTh,
        String nameEn,
        String type,
        String province,
        String status,
        Instant occurredAt) {

    public enum Kind {
        ONBOARDED,
        ACTIVATED,
        SUSPENDED,
        ARCHIVED,
        UPDATED,
        FAILED
    }
}
