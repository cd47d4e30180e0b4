package th.prongsai.report.publication;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import th.prongsai.tenancy.TenantCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A municipality's names for its public page, from the tenant registry snapshot in Redis that tenant-service keeps
 * (the hash report-service's tenant-status follower already reads): report-service stores no names of its own.
 */
@Component
class PublicTenantNames {

    private static final Logger log = LoggerFactory.getLogger(PublicTenantNames.class);

    record Names(String nameTh, String nameEn) {}

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final String registry;

    PublicTenantNames(
            StringRedisTemplate redis,
            JsonMapper json,
            @Value("${ita.report.tenant-events.registry:" + Streams.TENANT_REGISTRY + "}") String registry) {
        this.redis = redis;
        this.json = json;
        this.registry = registry;
    }

    /** Empty when the registry has no entry or Redis does not answer: the listing is still served, without names. */
    Optional<Names> of(TenantCode code) {
        try {
            Object entry = redis.opsForHash().get(registry, code.toString());
            if (entry == null) {
                return Optional.empty();
            }
            TenantEvent event = json.readValue(entry.toString(), TenantEvent.class);
            return Optional.of(new Names(event.nameTh(), event.nameEn()));
        } catch (RuntimeException unavailable) {
            log.warn("tenant registry unreadable for {}: {}", code, unavailable.toString());
            return Optional.empty();
        }
    }
}
