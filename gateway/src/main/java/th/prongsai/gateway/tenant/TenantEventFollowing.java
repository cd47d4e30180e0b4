package th.prongsai.gateway.tenant;

import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.prongsai.events.follow.TenantEventFollower;
import tools.jackson.databind.json.JsonMapper;

/** Keeps {@link TenantRegistry} fresh from the tenant registry hash and event stream. */
@Configuration(proxyBeanMethods = false)
class TenantEventFollowing {

    @Bean
    TenantEventFollower tenantEventFollower(
            TenantRegistry registry, TenantProperties properties, DataRedisConnectionDetails redis, JsonMapper json) {
        return new TenantEventFollower(
                "tenant-event-tailer",
                redis,
                properties.tailBlock(),
                properties.reconnectDelay(),
                json,
                registry::apply);
    }
}
