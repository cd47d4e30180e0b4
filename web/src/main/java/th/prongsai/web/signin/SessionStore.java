package th.prongsai.web.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.serializer.RedisSerializer;

/** How the sessions that hold a person's platform token are written to Redis. */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    /** The name Spring Session looks for. */
    @Bean("springSessionDefaultRedisSerializer")
    RedisSerializer<Object> springSessionDefaultRedisSerializer() {
        return new LenientSessionSerializer(SessionStore.class.getClassLoader());
    }
}
