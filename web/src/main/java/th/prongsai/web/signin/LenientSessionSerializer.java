package th.prongsai.web.signin;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.serializer.JdkSerializationRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.data.redis.serializer.SerializationException;

/**
 * Session attributes in Redis, by Java serialization as before, except that a value this build cannot read (written
 * by an older build whose class has moved or changed) reads as absent: the person is asked to sign in again instead
 * of meeting a 500 on every page until the session expires. Spring Session picks it up by its bean name.
 */
final class LenientSessionSerializer implements RedisSerializer<Object> {

    private static final Logger log = LoggerFactory.getLogger(LenientSessionSerializer.class);

    private final JdkSerializationRedisSerializer jdk;

    LenientSessionSerializer(ClassLoader classLoader) {
        this.jdk = new JdkSerializationRedisSerializer(classLoader);
    }

    @Override
    public byte @Nullable [] serialize(@Nullable Object value) {
        return jdk.serialize(value);
    }

    @Override
    public @Nullable Object deserialize(byte @Nullable [] bytes) {
        try {
            return jdk.deserialize(bytes);
        } catch (SerializationException e) {
            log.info(
                    "A session value written by another build was dropped: {}",
                    e.getMostSpecificCause().toString());
            return null;
        }
    }
}
