package th.prongsai.analytics.stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import th.prongsai.analytics.scores.ScoreEventConsumer;
import th.prongsai.analytics.tenants.TenantEventConsumer;
import th.prongsai.events.Streams;

/**
 * The streams analytics follows, one consumer group each, and their lag as the gauge
 * {@code ita.analytics.consumer.lag{stream}} (entries pending or not yet delivered).
 */
@Configuration(proxyBeanMethods = false)
class Consumers {

    @Bean
    GroupConsumer tenantEvents(StringRedisTemplate redis, TenantEventConsumer handler,
            @Value("${ita.analytics.consumer-group}") String group,
            @Value("${ita.analytics.consumer-name}") String name) {
        return new GroupConsumer(redis, Streams.TENANTS, group, name, handler);
    }

    @Bean
    GroupConsumer scoreEvents(StringRedisTemplate redis, ScoreEventConsumer handler,
            @Value("${ita.analytics.consumer-group}") String group,
            @Value("${ita.analytics.consumer-name}") String name) {
        return new GroupConsumer(redis, Streams.SCORES, group, name, handler);
    }

    @Bean
    MeterBinder consumerLag(List<GroupConsumer> consumers) {
        return registry -> consumers.forEach(consumer -> Gauge.builder("ita.analytics.consumer.lag", consumer,
                        GroupConsumer::lag)
                .description("Stream entries the analytics consumer group has not acknowledged yet")
                .tag("stream", consumer.stream())
                .register(registry));
    }
}
