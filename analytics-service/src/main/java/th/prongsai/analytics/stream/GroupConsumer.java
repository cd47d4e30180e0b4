package th.prongsai.analytics.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamInfo.XInfoGroup;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Reads one Redis Stream with a consumer group. An entry is acknowledged only after its handler returned (its
 * transaction committed), and entries left pending by a crash or an error are read again first, so nothing is
 * lost; handlers make redelivery harmless. A handler that throws leaves the entry pending and the consumer retries
 * after a pause (a fact whose tenant is not known yet is applied once the tenant event has arrived). Made by
 * {@link ConsumerGroup#follow}.
 */
public class GroupConsumer implements SmartLifecycle {

    /** Applies one entry; {@code type} and {@code payload} are the entry's two fields. */
    @FunctionalInterface
    public interface Handler {
        void handle(String id, String type, String payload);
    }

    private static final Logger log = LoggerFactory.getLogger(GroupConsumer.class);
    // Below the Redis command timeout, so a blocking read never looks like a dead server.
    private static final Duration BLOCK = Duration.ofMillis(200);
    private static final Duration BACKOFF = Duration.ofSeconds(1);
    private static final int LAG_CAP = 100_000;

    private final StringRedisTemplate redis;
    private final String stream;
    private final Consumer consumer;
    private final Handler handler;
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread worker;

    GroupConsumer(StringRedisTemplate redis, String stream, String group, String name, Handler handler) {
        this.redis = redis;
        this.stream = stream;
        this.consumer = Consumer.from(group, name);
        this.handler = handler;
    }

    public String stream() {
        return stream;
    }

    @Override
    public void start() {
        if (running.compareAndSet(false, true)) {
            worker = Thread.ofPlatform().name("consumer-" + stream).daemon().start(this::run);
        }
    }

    @Override
    public void stop() {
        running.set(false);
        if (worker != null) {
            worker.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    /**
     * Entries of the stream the group has not finished: pending (read, not acknowledged) plus not yet delivered
     * (capped at {@value #LAG_CAP}); -1 when Redis cannot tell. Read on every metrics scrape.
     */
    public long lag() {
        try {
            for (XInfoGroup group : redis.opsForStream().groups(stream)) {
                if (group.groupName().equals(consumer.getGroup())) {
                    List<MapRecord<String, Object, Object>> undelivered = redis.opsForStream()
                            .range(
                                    stream,
                                    Range.leftOpen(group.lastDeliveredId(), "+"),
                                    Limit.limit().count(LAG_CAP));
                    return group.pendingCount() + (undelivered == null ? 0 : undelivered.size());
                }
            }
            Long length = redis.opsForStream().size(stream);
            return length == null ? 0 : length;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private void run() {
        boolean pendingFirst = true;
        while (running.get()) {
            try {
                ensureGroup();
                if (pendingFirst) {
                    // Our own unacknowledged entries from before a restart or an error.
                    while (running.get() && consume(ReadOffset.from("0"), false) > 0) {
                        Thread.onSpinWait();
                    }
                    pendingFirst = false;
                }
                consume(ReadOffset.lastConsumed(), true);
            } catch (RuntimeException e) {
                if (!running.get()) {
                    return;
                }
                log.warn("Consumer of {}: {}; retrying in {}", stream, e.getMessage(), BACKOFF);
                pendingFirst = true;
                try {
                    Thread.sleep(BACKOFF);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void ensureGroup() {
        try {
            redis.opsForStream().createGroup(stream, ReadOffset.from("0"), consumer.getGroup());
        } catch (RedisSystemException e) {
            if (!String.valueOf(e.getMostSpecificCause().getMessage()).contains("BUSYGROUP")) {
                throw e;
            }
        }
    }

    /** Reads one batch from the offset, applies and acknowledges it; returns how many entries it had. */
    private int consume(ReadOffset offset, boolean block) {
        StreamReadOptions options = block
                ? StreamReadOptions.empty().count(100).block(BLOCK)
                : StreamReadOptions.empty().count(100);
        List<MapRecord<String, Object, Object>> batch =
                redis.opsForStream().read(consumer, options, StreamOffset.create(stream, offset));
        if (batch == null) {
            return 0;
        }
        for (MapRecord<String, Object, Object> entry : batch) {
            Map<Object, Object> fields = entry.getValue();
            handler.handle(
                    entry.getId().getValue(),
                    String.valueOf(fields.get("type")),
                    String.valueOf(fields.get("payload")));
            redis.opsForStream().acknowledge(stream, consumer.getGroup(), entry.getId());
        }
        return batch.size();
    }
}
