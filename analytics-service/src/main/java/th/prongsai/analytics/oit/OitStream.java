package th.prongsai.analytics.oit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.prongsai.analytics.stream.ConsumerGroup;
import th.prongsai.analytics.stream.GroupConsumer;
import th.prongsai.events.Streams;

/** Follows report-service's OIT readiness stream with {@link OitEventConsumer}. */
@Configuration(proxyBeanMethods = false)
class OitStream {

    @Bean
    GroupConsumer oitEvents(ConsumerGroup group, OitEventConsumer handler) {
        return group.follow(Streams.OIT, handler);
    }
}
