package th.prongsai.tenant.throttle;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import th.prongsai.platform.web.ApiProblem;

/**
 * Slows password guessing without locking the real user out. Failures count per account and client address:
 * after {@code loginFreeFailures} that address waits, the wait doubling with each further failure up to a cap, and
 * other addresses are unaffected. Failures from all addresses together slow the account for addresses it never
 * signed in from; an address it signed in from in the last {@code knownAddressTtl} is never slowed that way.
 * Nothing is ever locked: once the wait is over the right password works.
 *
 * <p>In Redis, per account: {@code ita:login:<account>} a hash of failure counts and "wait until" times
 * ({@code n}/{@code until} for the account, {@code n:<address>}/{@code until:<address>} per address), forgotten
 * {@code loginWindow} after the last failure; {@code ita:login-known:<account>} the addresses of successful
 * logins with their time. When Redis is unreachable logins are allowed rather than refused: an outage of the
 * cache must not lock every user out, and passwords still cost a deliberate hash.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final String FAILURES = "ita:login:";
    private static final String KNOWN = "ita:login-known:";

    private final StringRedisTemplate redis;
    private final LoginThrottleProperties properties;

    LoginThrottle(StringRedisTemplate redis, LoginThrottleProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    /** How long {@code address} must wait before it may try {@code account}'s password again; empty when now. */
    public Optional<Duration> blockedFor(String account, String address) {
        try {
            long now = System.currentTimeMillis();
            List<Object> until = redis.opsForHash().multiGet(FAILURES + account, List.of("until:" + address, "until"));
            long wait = millis(until.get(0)) - now;
            long accountWait = millis(until.get(1)) - now;
            if (accountWait > wait && !known(account, address, now)) {
                wait = accountWait;
            }
            return wait > 0 ? Optional.of(Duration.ofMillis(wait)) : Optional.empty();
        } catch (DataAccessException e) {
            log.warn("Login throttle unavailable, allowing the attempt: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Counts a wrong password (or unknown or disabled account); returns the failures from this address. */
    public long recordFailure(String account, String address) {
        try {
            String key = FAILURES + account;
            long now = System.currentTimeMillis();
            long fromAddress = redis.opsForHash().increment(key, "n:" + address, 1);
            long all = redis.opsForHash().increment(key, "n", 1);
            Duration longest = properties.loginWindow();
            Duration wait = delay(fromAddress, properties.loginFreeFailures());
            if (!wait.isZero()) {
                redis.opsForHash().put(key, "until:" + address, Long.toString(now + wait.toMillis()));
                longest = max(longest, wait);
            }
            Duration accountWait = delay(all, properties.loginAccountFailures());
            if (!accountWait.isZero()) {
                redis.opsForHash().put(key, "until", Long.toString(now + accountWait.toMillis()));
                longest = max(longest, accountWait);
            }
            redis.expire(key, longest);
            return fromAddress;
        } catch (DataAccessException e) {
            log.warn("Login throttle unavailable, failure not counted: {}", e.toString());
            return 0;
        }
    }

    /** The right password: this address's failures end and it counts as the account's usual address. */
    public void recordSuccess(String account, String address) {
        try {
            redis.opsForHash().delete(FAILURES + account, "n:" + address, "until:" + address);
            redis.opsForHash().put(KNOWN + account, address, Long.toString(System.currentTimeMillis()));
            redis.expire(KNOWN + account, properties.knownAddressTtl());
        } catch (DataAccessException e) {
            log.warn("Login throttle unavailable, success not remembered: {}", e.toString());
        }
    }

    /** An admin set a new password: every wait on the account ends. */
    public void reset(String account) {
        try {
            redis.delete(FAILURES + account);
        } catch (DataAccessException e) {
            log.warn("Login throttle unavailable, failures not reset: {}", e.toString());
        }
    }

    /** 429 with {@code Retry-After} in whole seconds, rounded up; {@code what} says in Thai what was refused. */
    public static ApiProblem problem(Duration wait, String what) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        String when = seconds < 60 ? seconds + " วินาที" : ((seconds + 59) / 60) + " นาที";
        return new ApiProblem(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "login-throttled",
                        "Too many failed attempts",
                        what + " กรุณาลองใหม่ในอีก " + when)
                .withHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    /** Zero up to {@code free} failures, then the first delay doubling per failure, capped. */
    Duration delay(long failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        long doublings = Math.min(failures - free, 30);
        long millis = properties.loginFirstDelay().toMillis() << doublings;
        return Duration.ofMillis(Math.min(millis, properties.loginMaxDelay().toMillis()));
    }

    private boolean known(String account, String address, long now) {
        long since = millis(redis.opsForHash().get(KNOWN + account, address));
        return since > 0 && now - since < properties.knownAddressTtl().toMillis();
    }

    private static long millis(Object value) {
        return value == null ? 0 : Long.parseLong(value.toString());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
