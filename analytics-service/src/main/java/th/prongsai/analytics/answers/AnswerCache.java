package th.prongsai.analytics.answers;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import th.prongsai.analytics.facts.Dataset;
import th.prongsai.analytics.facts.FactsChanged;

/**
 * Whole rendered answers in Redis under {@code ita:analytics:cache:{generation}:{dataset}:{endpoint}:{params…}}.
 * The generation ({@code ita:analytics:gen:{dataset}}) is incremented whenever facts of the dataset change (another
 * read model, such as OIT readiness, advances a generation of its own name), so
 * every older answer is simply never asked for again and expires with its TTL: no scan, no delete.
 * Callers authorize BEFORE asking the cache, and put the agency/tenant/province an answer describes into its
 * key, so one tenant's answer can never be served for another. Redis down → compute uncached, never fail.
 */
@Component
public class AnswerCache {

    private static final Logger log = LoggerFactory.getLogger(AnswerCache.class);
    static final String CACHE_PREFIX = "ita:analytics:cache:";
    static final String GENERATION_PREFIX = "ita:analytics:gen:";
    static final Duration TTL = Duration.ofMinutes(10);

    private final StringRedisTemplate redis;

    public AnswerCache(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** The cached answer for the key parts, or the computed one (then stored). */
    public String get(Dataset dataset, String endpoint, Supplier<String> compute, String... params) {
        return get(List.of(dataset.key()), endpoint, compute, params);
    }

    /**
     * The cached answer of an endpoint whose answers go out of date with any of these generations ({@code real},
     * {@code synthetic}, or another read model's name such as {@code oit}): the key holds each one's number.
     */
    public String get(List<String> generations, String endpoint, Supplier<String> compute, String... params) {
        String key;
        try {
            List<String> numbers = redis.opsForValue()
                    .multiGet(
                            generations.stream().map(g -> GENERATION_PREFIX + g).toList());
            StringBuilder generation = new StringBuilder();
            for (int i = 0; i < generations.size(); i++) {
                String number = numbers == null ? null : numbers.get(i);
                generation.append(i == 0 ? "" : ".").append(number == null ? "0" : number);
            }
            key = key(generation.toString(), String.join("+", generations), endpoint, params);
            String cached = redis.opsForValue().get(key);
            if (cached != null) {
                return cached;
            }
        } catch (DataAccessException e) {
            log.debug("Answer cache unavailable, computing {} uncached", endpoint, e);
            return compute.get();
        }
        String answer = compute.get();
        try {
            redis.opsForValue().set(key, answer, TTL);
        } catch (DataAccessException e) {
            log.debug("Answer cache unavailable, {} not stored", endpoint, e);
        }
        return answer;
    }

    /** A new generation: every answer of the dataset computed before this is out of date. */
    @EventListener
    public void onFactsChanged(FactsChanged event) {
        advance(event.dataset().key());
    }

    /** Every answer that depends on this generation and was computed before this call is out of date. */
    public void advance(String generation) {
        try {
            redis.opsForValue().increment(GENERATION_PREFIX + generation);
        } catch (DataAccessException e) {
            // stale answers may be served until their TTL ends; nothing else to do without Redis
            log.warn("Could not advance the answer cache generation of {}: {}", generation, e.getMessage());
        }
    }

    static String key(String generation, Dataset dataset, String endpoint, String... params) {
        return key(generation, dataset.key(), endpoint, params);
    }

    private static String key(String generation, String generations, String endpoint, String... params) {
        StringBuilder key = new StringBuilder(CACHE_PREFIX)
                .append(generation)
                .append(':')
                .append(generations)
                .append(':')
                .append(endpoint);
        for (String param : params) {
            key.append(':').append(param == null ? "-" : param);
        }
        return key.toString();
    }
}
