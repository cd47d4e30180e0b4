package th.prongsai.analytics.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import th.prongsai.events.Streams;
import th.prongsai.ita.framework.BuiltInFrameworks;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.FrameworkJson;
import th.prongsai.ita.framework.InvalidFrameworkException;
import th.prongsai.platform.web.ApiProblem;

/**
 * The ITA framework of each fiscal year: the built-ins of libs/ita-framework, overridden or extended by the
 * years a national admin published (Redis hash {@code ita:frameworks}, field = fiscal year, value = FrameworkJson).
 * Lookups are kept for a few seconds: a bulk import asks once per row.
 */
@Service
public class AnalyticsFrameworks {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsFrameworks.class);
    private static final Duration KEEP = Duration.ofSeconds(10);

    private record Cached(@Nullable Framework framework, Instant until) {}

    private final StringRedisTemplate redis;
    private final Map<Integer, Cached> cache = new ConcurrentHashMap<>();

    public AnalyticsFrameworks(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** The framework of a fiscal year: a published one first (it may replace a built-in), else the built-in. */
    public Optional<Framework> find(int fiscalYear) {
        Cached cached = cache.get(fiscalYear);
        Instant now = Instant.now();
        if (cached != null && now.isBefore(cached.until())) {
            return Optional.ofNullable(cached.framework());
        }
        Optional<Framework> found = published(fiscalYear).or(() -> BuiltInFrameworks.of(fiscalYear));
        cache.put(fiscalYear, new Cached(found.orElse(null), now.plus(KEEP)));
        return found;
    }

    /** The framework of a fiscal year, or a 404 problem. */
    public Framework require(int fiscalYear) {
        return find(fiscalYear)
                .orElseThrow(() -> ApiProblem.notFound("กรอบการประเมิน ITA ของปีงบประมาณ " + fiscalYear));
    }

    /** Every fiscal year with a framework (built-in or published). */
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        BuiltInFrameworks.all().forEach(framework -> years.add(framework.fiscalYear()));
        try {
            for (Object field : redis.opsForHash().keys(Streams.FRAMEWORK_REGISTRY)) {
                try {
                    years.add(Integer.parseInt(field.toString()));
                } catch (NumberFormatException ignored) {
                    // not a year: not a framework entry
                }
            }
        } catch (DataAccessException e) {
            log.debug("Framework registry unreadable, built-in years only", e);
        }
        return years;
    }

    private Optional<Framework> published(int fiscalYear) {
        Object json;
        try {
            json = redis.opsForHash().get(Streams.FRAMEWORK_REGISTRY, Integer.toString(fiscalYear));
        } catch (DataAccessException e) {
            // Redis down: the built-ins still answer; a published year is missed until it is back
            log.debug("Framework registry unreadable for {}", fiscalYear, e);
            return Optional.empty();
        }
        if (json == null) {
            return Optional.empty();
        }
        try {
            Framework framework = FrameworkJson.parse(json.toString());
            return framework.fiscalYear() == fiscalYear ? Optional.of(framework) : Optional.empty();
        } catch (InvalidFrameworkException e) {
            log.warn("Published framework of {} is invalid, ignored: {}", fiscalYear, e.getMessage());
            return Optional.empty();
        }
    }
}
