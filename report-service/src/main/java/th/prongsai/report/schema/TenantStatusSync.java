package th.prongsai.report.schema;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import th.prongsai.events.follow.TenantEventFollower;
import th.prongsai.tenancy.TenantCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code reporting.tenant_schemas.status} in step with tenant-service's lifecycle, so the guard refuses a
 * suspended or archived tenant here too (defence in depth behind the gateway). tenant-service sets the status
 * synchronously before it answers (see {@link SchemaController}); this is the eventual path that repairs what that
 * call missed. Applying is ordered by the event's time, so a replay or a late event changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class TenantStatusSync {

    @Bean
    TenantEventFollower tenantStatusFollower(
            TenantSchemas schemas,
            DataRedisConnectionDetails redis,
            JsonMapper json,
            @Value("${ita.report.tenant-events.stream:" + Streams.TENANTS + "}") String stream,
            @Value("${ita.report.tenant-events.registry:" + Streams.TENANT_REGISTRY + "}") String registry) {
        return new TenantEventFollower(
                "tenant-status-sync",
                stream,
                registry,
                redis,
                Duration.ofMillis(500),
                Duration.ofSeconds(1),
                json,
                event -> apply(schemas, event));
    }

    static void apply(TenantSchemas schemas, TenantEvent event) {
        TenantCode.parse(event.code()).ifPresent(code -> {
            Instant asOf = event.occurredAt() == null ? Instant.EPOCH : event.occurredAt();
            switch (event.status() == null ? "" : event.status()) {
                case "SUSPENDED", "ARCHIVED" -> schemas.applyLifecycle(code, true, asOf);
                case "ACTIVE" -> schemas.applyLifecycle(code, false, asOf);
                default -> {}
            }
        });
    }
}
