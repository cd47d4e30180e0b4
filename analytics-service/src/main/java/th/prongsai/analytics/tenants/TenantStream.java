package th.prongsai.analytics.tenants;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.prongsai.analytics.stream.ConsumerGroup;
import th.prongsai.analytics.stream.GroupConsumer;
import th.prongsai.events.Streams;

/** Follows tenant-service's lifecycle stream with {@link TenantEventConsumer}. */
@Configuration(proxyBeanMethods = false)
class TenantStream {

    @Bean
    GroupConsumer tenantEvents(ConsumerGroup group, TenantEventConsumer handler) {
        return group.follow(Streams.TENANTS, handler);
    }
}
