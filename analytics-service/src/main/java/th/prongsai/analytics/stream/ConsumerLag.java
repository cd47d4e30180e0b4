package th.prongsai.analytics.stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lag of every stream analytics follows, as the gauge {@code ita.analytics.consumer.lag{stream}} (entries
 * pending or not yet delivered).
 */
@Configuration(proxyBeanMethods = false)
class ConsumerLag {

    @Bean
    MeterBinder lagGauges(List<GroupConsumer> consumers) {
        return registry ->
                consumers.forEach(consumer -> Gauge.builder("ita.analytics.consumer.lag", consumer, GroupConsumer::lag)
                        .description("Stream entries the analytics consumer group has not acknowledged yet")
                        .tag("stream", consumer.stream())
                        .register(registry));
    }
}
