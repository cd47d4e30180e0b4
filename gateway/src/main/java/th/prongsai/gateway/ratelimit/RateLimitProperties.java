package th.prongsai.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token-bucket limits.
 *
 * @param enabled    switch for the whole limiter
 * @param tenant     per tenant, shared by all callers of that tenant
 * @param caller     per caller (user, else client address) on platform routes
 * @param overrides  per tenant code, for a municipality that needs more (or less)
 * @param timeout    how long a request waits for Redis before the limiter gives up and lets it through
 */
@ConfigurationProperties("ita.gateway.rate-limit")
record RateLimitProperties(
        boolean enabled, Limit tenant, Limit caller, Map<String, Limit> overrides, Duration timeout) {

    /**
     * @param replenishRate  tokens per second
     * @param burstCapacity  bucket size
     */
    public record Limit(int replenishRate, int burstCapacity) {}

    public RateLimitProperties {
        tenant = tenant == null ? new Limit(200, 400) : tenant;
        caller = caller == null ? new Limit(100, 200) : caller;
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        timeout = timeout == null ? Duration.ofMillis(100) : timeout;
    }

    Limit forTenant(String code) {
        return overrides.getOrDefault(code, tenant);
    }
}
