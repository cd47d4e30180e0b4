package th.prongsai.tenant.auth;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per username in Redis ({@code ita:login-failures:<username>}, expiring after the window).
 * When Redis is unreachable logins are allowed rather than refused: an outage of the cache must not lock every
 * user out, and passwords are still checked with bcrypt's deliberate cost.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final String PREFIX = "ita:login-failures:";

    private final StringRedisTemplate redis;
    private final AuthProperties properties;

    public LoginThrottle(StringRedisTemplate redis, AuthProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    /** How long the username stays blocked, or empty when it may try now. */
    public Optional<Duration> blockedFor(String username) {
        try {
            String count = redis.opsForValue().get(key(username));
            if (count == null || Long.parseLong(count) < properties.loginMaxFailures()) {
                return Optional.empty();
            }
            Long seconds = redis.getExpire(key(username), TimeUnit.SECONDS);
            return Optional.of(Duration.ofSeconds(seconds == null || seconds < 1 ? 1 : seconds));
        } catch (DataAccessException e) {
            log.warn("Login throttle unavailable, allowing the attempt: {}", e.toString());
            return Optional.empty();
        }
    }

    public void recordFailure(String username) {
        try {
            Long count = redis.opsForValue().increment(key(username));
            if (count != null && count == 1) {
                redis.expire(key(username), properties.loginWindow());
            }
        } catch (DataAccessException e) {
            log.warn("Login throttle unavailable, failure not counted: {}", e.toString());
        }
    }

    public void reset(String username) {
        try {
            redis.delete(key(username));
        } catch (DataAccessException e) {
            log.warn("Login throttle unavailable, failures not reset: {}", e.toString());
        }
    }

    private static String key(String username) {
        return PREFIX + username.toLowerCase(Locale.ROOT);
    }
}
