package th.prongsai.gateway.tenant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's in-memory copy of the tenant registry, filled from the Redis hash
 * {@link Streams#TENANT_REGISTRY} and kept fresh by the event stream ({@link TenantEventFollowing}).
 * A request costs a map lookup; only a code never seen before costs one HGET.
 */
@Component
class TenantRegistry {

    /** Outcome of a lookup. */
    public sealed interface Lookup {
        record Found(TenantInfo tenant) implements Lookup {}

        record Unknown() implements Lookup {}
        /** Not in memory and Redis could not be asked. */
        record Unavailable() implements Lookup {}
    }

    private static final Logger log = LoggerFactory.getLogger(TenantRegistry.class);
    private static final Lookup UNKNOWN = new Lookup.Unknown();
    private static final Lookup UNAVAILABLE = new Lookup.Unavailable();
    /** Bounds the memory a flood of made-up codes can take. */
    private static final int MAX_NEGATIVE = 10_000;

    private final Map<String, TenantInfo> tenants = new ConcurrentHashMap<>();
    private final Map<String, Long> misses = new ConcurrentHashMap<>();
    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;
    private final TenantProperties properties;
    private final Clock clock;

    public TenantRegistry(
            ReactiveStringRedisTemplate redis, JsonMapper json, TenantProperties properties, MeterRegistry meters) {
        this.redis = redis;
        this.json = json;
        this.properties = properties;
        this.clock = Clock.systemUTC();
        Gauge.builder("gateway.tenant.cache.size", tenants, Map::size)
                .description("Tenants held in the gateway's registry cache")
                .register(meters);
    }

    public Mono<Lookup> find(String code) {
        TenantInfo known = tenants.get(code);
        if (known != null) {
            return Mono.just(new Lookup.Found(known));
        }
        Long until = misses.get(code);
        if (until != null && until > clock.millis()) {
            return Mono.just(UNKNOWN);
        }
        return redis.<String, String>opsForHash()
                .get(Streams.TENANT_REGISTRY, code)
                .timeout(properties.lookupTimeout())
                .map(payload -> (Lookup) new Lookup.Found(apply(parse(payload))))
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    remember(code);
                    return UNKNOWN;
                }))
                .onErrorResume(e -> {
                    log.warn("Tenant registry lookup in Redis failed: {}", e.toString());
                    return Mono.just(UNAVAILABLE);
                });
    }

    /**
     * Reads the tenant's registry entry from Redis now and applies it (newer wins), for a lifecycle change this
     * gateway has just seen answered; never fails: on any trouble the stream brings the change a moment later.
     */
    public Mono<Void> refresh(String code) {
        return redis.<String, String>opsForHash()
                .get(Streams.TENANT_REGISTRY, code)
                .timeout(properties.lookupTimeout())
                .doOnNext(payload -> apply(parse(payload)))
                .then()
                .onErrorResume(e -> {
                    log.warn(
                            "Tenant {} could not be re-read from the registry after its lifecycle answer: {}",
                            code,
                            e.toString());
                    return Mono.empty();
                });
    }

    /** Applies a registry fact unless a newer one is already held; returns what is held afterwards. */
    public TenantInfo apply(TenantEvent event) {
        TenantInfo incoming = TenantInfo.of(event);
        misses.remove(event.code());
        return tenants.merge(event.code(), incoming, (held, next) -> next.asOf().isBefore(held.asOf()) ? held : next);
    }

    TenantEvent parse(String payload) {
        return json.readValue(payload, TenantEvent.class);
    }

    public int size() {
        return tenants.size();
    }

    private void remember(String code) {
        if (misses.size() >= MAX_NEGATIVE) {
            misses.clear();
        }
        misses.put(code, clock.millis() + properties.negativeTtl().toMillis());
    }
}
