package th.prongsai.analytics.tenants;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads tenant lifecycle events with a consumer group. An entry is acknowledged only after its
 * transaction committed, and entries left pending by a crash are read again first, so nothing is
 * lost; {@link TenantRecords#apply} makes redelivery harmless.
 */
@Component
class TenantEventConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TenantEventConsumer.class);
    // Below the Redis command timeout, so a blocking read never looks like a dead server.
    private static final Duration BLOCK = Duration.ofMillis(200);
    private static final Duration BACKOFF = Duration.ofSeconds(1);

    private final StringRedisTemplate redis;
    private final TenantRecords records;
    private final JsonMapper json;
    private final Consumer consumer;
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread worker;

    TenantEventConsumer(StringRedisTemplate redis, TenantRecords records, JsonMapper json,
                        @Value("${ita.analytics.consumer-group}") String group,
                        @Value("${ita.analytics.consumer-name}") String name) {
        this.redis = redis;
        this.records = records;
        this.json = json;
        this.consumer = Consumer.from(group, name);
    }

    @Override
    public void start() {
        if (running.compareAndSet(false, true)) {
            worker = Thread.ofPlatform().name("tenant-event-consumer").daemon().start(this::run);
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
                log.warn("Tenant event consumer: {}; retrying in {}", e.getMessage(), BACKOFF);
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
            redis.opsForStream().createGroup(Streams.TENANTS, ReadOffset.from("0"), consumer.getGroup());
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
                redis.opsForStream().read(consumer, options, StreamOffset.create(Streams.TENANTS, offset));
        if (batch == null) {
            return 0;
        }
        for (MapRecord<String, Object, Object> entry : batch) {
            handle(entry);
            redis.opsForStream().acknowledge(Streams.TENANTS, consumer.getGroup(), entry.getId());
        }
        return batch.size();
    }

    private void handle(MapRecord<String, Object, Object> entry) {
        Map<Object, Object> fields = entry.getValue();
        if (!TenantEvent.class.getSimpleName().equals(fields.get(Streams.FIELD_TYPE))) {
            log.debug("Skipping stream entry {} of type {}", entry.getId(), fields.get(Streams.FIELD_TYPE));
            return;
        }
        TenantEvent event;
        try {
            event = json.readValue(String.valueOf(fields.get(Streams.FIELD_PAYLOAD)), TenantEvent.class);
        } catch (JacksonException e) {
            // It can never be applied; acknowledging it keeps the stream moving.
            log.error("Unreadable tenant event {} skipped: {}", entry.getId(), e.getOriginalMessage());
            return;
        }
        MDC.put("tenant", event.code());
        try {
            if (records.apply(event)) {
                log.info("Tenant {} is now {} ({})", event.code(), event.status(), event.kind());
            }
        } finally {
            MDC.remove("tenant");
        }
    }
}
