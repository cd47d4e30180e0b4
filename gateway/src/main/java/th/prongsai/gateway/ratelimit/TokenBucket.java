package th.prongsai.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A Redis token bucket (Spring Cloud Gateway's {@code request_rate_limiter.lua}, one round trip per
 * request). When Redis does not answer within the timeout the request is let through: rate limiting
 * fails open, counted in {@code gateway.ratelimit.redis.failures} and logged at most every 10 s
 * (docs/decisions/0002-gateway-redis-down.md).
 */
@Component
class TokenBucket {

    /** Outcome for one request. */
    public record Result(boolean allowed, long remaining, boolean degraded) {}

    private static final Logger log = LoggerFactory.getLogger(TokenBucket.class);
    private static final long LOG_EVERY_MS = 10_000;

    // Read once into a string: a resource-backed script re-checks the jar entry's modification time on
    // every call, which cost a file-system call per request.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final RedisScript<List<Long>> SCRIPT =
            (RedisScript) RedisScript.of(readScript("META-INF/scripts/request_rate_limiter.lua"), List.class);

    private final ReactiveStringRedisTemplate redis;
    private final Duration timeout;
    private final Counter failures;
    private final AtomicLong lastLogged = new AtomicLong();

    public TokenBucket(ReactiveStringRedisTemplate redis, RateLimitProperties properties, MeterRegistry meters) {
        this.redis = redis;
        this.timeout = properties.timeout();
        this.failures = Counter.builder("gateway.ratelimit.redis.failures")
                .description("Requests let through unlimited because Redis did not answer the rate limiter")
                .register(meters);
    }

    public Mono<Result> take(String key, RateLimitProperties.Limit limit) {
        // the hash tag keeps both keys of one bucket on one Redis Cluster slot
        String prefix = "ita:ratelimit:{" + key + "}";
        List<String> keys = List.of(prefix + ".tokens", prefix + ".timestamp");
        List<String> args =
                List.of(Integer.toString(limit.replenishRate()), Integer.toString(limit.burstCapacity()), "", "1");
        return redis.execute(SCRIPT, keys, args)
                .reduce(new ArrayList<Long>(), (all, part) -> {
                    all.addAll(part);
                    return all;
                })
                .timeout(timeout)
                .map(reply -> new Result(reply.get(0) == 1L, reply.get(1), false))
                .onErrorResume(this::failOpen);
    }

    private static String readScript(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private Mono<Result> failOpen(Throwable error) {
        failures.increment();
        long now = System.currentTimeMillis();
        long last = lastLogged.get();
        if (now - last >= LOG_EVERY_MS && lastLogged.compareAndSet(last, now)) {
            log.warn("Rate limiter cannot reach Redis, letting requests through unlimited: {}", error.toString());
        }
        return Mono.just(new Result(true, -1, true));
    }
}
