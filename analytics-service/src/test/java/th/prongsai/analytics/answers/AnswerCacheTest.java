package th.prongsai.analytics.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import th.prongsai.analytics.facts.Dataset;
import th.prongsai.analytics.facts.FactsChanged;

/** Redis down: answers are computed without the cache, and nothing fails. */
class AnswerCacheTest {

    @Test
    void redisDownComputesWithoutCache() {
        // nothing listens on port 1
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", 1),
                LettuceClientConfiguration.builder()
                        .commandTimeout(Duration.ofMillis(500))
                        .build());
        factory.afterPropertiesSet();
        try {
            AnswerCache cache = new AnswerCache(new StringRedisTemplate(factory));
            AtomicInteger computed = new AtomicInteger();
            assertThat(cache.get(Dataset.REAL, "scorecard", () -> "answer " + computed.incrementAndGet(), "x", "2567"))
                    .isEqualTo("answer 1");
            assertThat(cache.get(Dataset.REAL, "scorecard", () -> "answer " + computed.incrementAndGet(), "x", "2567"))
                    .isEqualTo("answer 2");
            assertThatCode(() -> cache.onFactsChanged(new FactsChanged(Dataset.REAL)))
                    .doesNotThrowAnyException();
        } finally {
            factory.destroy();
        }
    }

    @Test
    void keysCarryGenerationDatasetEndpointAndEveryParameter() {
        assertThat(AnswerCache.key("7", Dataset.SYNTHETIC, "rankings", "2567", "province", "23", "csv"))
                .isEqualTo("ita:analytics:cache:7:synthetic:rankings:2567:province:23:csv");
    }

    @Test
    void csvHasBomHeaderQuotingAndNoFormulas() {
        String csv = new CsvTable(
                        List.of("a", "b", "c"), List.of(Arrays.asList("x,y", "=SUM(A1)", new BigDecimal("-3.70"))))
                .render();
        assertThat(csv).isEqualTo("\uFEFFa,b,c\r\n\"x,y\",'=SUM(A1),-3.70\r\n");
    }
}
