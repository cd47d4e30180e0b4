package th.prongsai.analytics.scores;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.prongsai.analytics.stream.ConsumerGroup;
import th.prongsai.analytics.stream.GroupConsumer;
import th.prongsai.events.Streams;

/** Follows report-service's score stream with {@link ScoreEventConsumer}. */
@Configuration(proxyBeanMethods = false)
class ScoreStream {

    @Bean
    GroupConsumer scoreEvents(ConsumerGroup group, ScoreEventConsumer handler) {
        return group.follow(Streams.SCORES, handler);
    }
}
