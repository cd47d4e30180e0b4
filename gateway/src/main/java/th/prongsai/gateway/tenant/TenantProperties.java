package th.prongsai.gateway.tenant;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tenant resolution settings.
 *
 * @param baseDomain      requests to {@code {code}.<baseDomain>} address that tenant
 * @param platformPaths   {@code /api/...} prefixes that stay platform-wide even on a tenant's host
 * @param negativeTtl     how long "no such tenant" is remembered; short, so a new tenant appears quickly
 * @param tailBlock       how long one XREAD waits for new events
 * @param reconnectDelay  pause before reconnecting to Redis after an outage
 * @param lookupTimeout   bound on the one HGET a cache miss costs; past it the request gets 503
 */
@ConfigurationProperties("ita.gateway.tenants")
record TenantProperties(
        String baseDomain,
        List<String> platformPaths,
        Duration negativeTtl,
        Duration tailBlock,
        Duration reconnectDelay,
        Duration lookupTimeout) {

    public TenantProperties {
        baseDomain = baseDomain == null ? "localhost" : baseDomain.toLowerCase(Locale.ROOT);
        platformPaths = platformPaths == null || platformPaths.isEmpty()
                ? List.of(
                        "/api/auth",
                        "/api/tenants",
                        "/api/provinces",
                        "/api/users",
                        "/api/audit",
                        "/api/analytics",
                        "/api/frameworks")
                : List.copyOf(platformPaths);
        negativeTtl = negativeTtl == null ? Duration.ofSeconds(2) : negativeTtl;
        tailBlock = tailBlock == null ? Duration.ofSeconds(2) : tailBlock;
        reconnectDelay = reconnectDelay == null ? Duration.ofMillis(500) : reconnectDelay;
        lookupTimeout = lookupTimeout == null ? Duration.ofMillis(200) : lookupTimeout;
    }
}
