package th.prongsai.gateway.redis;

import io.lettuce.core.ClientOptions;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The request path's Redis connection: while it is disconnected, commands fail at once instead of
 * queueing until the command timeout, so a Redis outage costs requests nothing (the limiter fails open).
 */
@Configuration(proxyBeanMethods = false)
class RedisClientTuning {

    @Bean
    LettuceClientOptionsBuilderCustomizer rejectWhileDisconnected() {
        return builder -> builder.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }
}
