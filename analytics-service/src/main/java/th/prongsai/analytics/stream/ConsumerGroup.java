package th.prongsai.analytics.stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The consumer group analytics reads every stream with. A module that follows a stream declares its own
 * {@link GroupConsumer} bean from {@link #follow}, so this module knows the mechanism and none of its users.
 */
@Component
public class ConsumerGroup {

    private final StringRedisTemplate redis;
    private final String group;
    private final String name;

    ConsumerGroup(
            StringRedisTemplate redis,
            @Value("${ita.analytics.consumer-group}") String group,
            @Value("${ita.analytics.consumer-name}") String name) {
        this.redis = redis;
        this.group = group;
        this.name = name;
    }

    /** A consumer of {@code stream} in this group; Spring starts and stops it once it is a bean. */
    public GroupConsumer follow(String stream, GroupConsumer.Handler handler) {
        return new GroupConsumer(redis, stream, group, name, handler);
    }
}
