package th.prongsai.gateway.tenant;

import java.time.Instant;
import th.prongsai.events.TenantEvent;
import th.prongsai.tenancy.TenantCode;

/**
 * What the gateway knows of a tenant: enough to refuse, scope and route a request.
 *
 * @param code       tenant code
 * @param province   2-digit province code, for provincial officers' scope
 * @param status     registry status (ACTIVE, SUSPENDED, ...)
 * @param asOf       when the fact was published, so an older answer never overwrites a newer one
 */
public record TenantInfo(TenantCode code, String province, String status, Instant asOf) {

    public static final String ACTIVE = "ACTIVE";
    public static final String SUSPENDED = "SUSPENDED";

    static TenantInfo of(TenantEvent event) {
        return new TenantInfo(
                TenantCode.of(event.code()),
                event.province(),
                event.status(),
                event.occurredAt() == null ? Instant.EPOCH : event.occurredAt());
    }

    public boolean active() {
        return ACTIVE.equals(status);
    }

    public boolean suspended() {
        return SUSPENDED.equals(status);
    }
}
