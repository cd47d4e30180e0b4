package th.prongsai.tenant.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

class LoginThrottleTest {

    final LoginThrottleProperties defaults = new LoginThrottleProperties(null, null, null, null, null, null, null);

    @Test
    void threeFailuresAreFreeThenTheWaitDoublesUpToTheCap() {
        LoginThrottle throttle = new LoginThrottle(null, defaults);
        assertThat(throttle.delay(1, 3)).isZero();
        assertThat(throttle.delay(2, 3)).isZero();
        assertThat(throttle.delay(3, 3)).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.delay(4, 3)).isEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.delay(5, 3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(throttle.delay(8, 3)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.delay(10_000, 3)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void withRedisDownEveryLoginMayTry() {
        // nothing listens on port 1: every Redis call fails at once
        var factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", 1),
                LettuceClientConfiguration.builder()
                        .commandTimeout(Duration.ofMillis(200))
                        .build());
        factory.afterPropertiesSet();
        factory.start();
        try {
            StringRedisTemplate redis = new StringRedisTemplate(factory);
            LoginThrottle throttle = new LoginThrottle(redis, defaults);
            for (int i = 0; i < 5; i++) {
                assertThat(throttle.recordFailure("someone", "192.0.2.1")).isZero();
            }
            assertThat(throttle.blockedFor("someone", "192.0.2.1")).isEmpty();
            throttle.recordSuccess("someone", "192.0.2.1");
            throttle.reset("someone");
        } finally {
            factory.destroy();
        }
    }

    @Test
    void theProblemRoundsTheWaitUpToWholeSeconds() {
        var problem = LoginThrottle.problem(Duration.ofMillis(29_001), "เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป");
        assertThat(problem.getStatusCode().value()).isEqualTo(429);
        assertThat(problem.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(problem.getBody().getDetail()).contains("30 วินาที");
    }
}
