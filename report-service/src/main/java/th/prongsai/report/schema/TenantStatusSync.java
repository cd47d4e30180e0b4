package th.prongsai.report.schema;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import th.prongsai.tenancy.TenantCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code reporting.tenant_schemas.status} in step with tenant-service's lifecycle, so the guard refuses a
 * suspended or archived tenant here too (defence in depth behind the gateway). On start it notes the stream's
 * last id, loads the registry snapshot hash, then tails the stream from that id: nothing falls in between.
 * Applying a status is idempotent, so a replay after a Redis hiccup changes nothing.
 */
@Component
class TenantStatusSync implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TenantStatusSync.class);
    // Below the Redis command timeout, so a blocking read never looks like a dead server.
    private static final Duration BLOCK = Duration.ofMillis(200);
    private static final Duration BACKOFF = Duration.ofSeconds(1);

    private final StringRedisTemplate redis;
    private final TenantSchemas schemas;
    private final JsonMapper json;
    private final String stream;
    private final String registry;
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread worker;

    TenantStatusSync(StringRedisTemplate redis, TenantSchemas schemas, JsonMapper json,
            @Value("${ita.report.tenant-events.stream:" + Streams.TENANTS + "}") String stream,
            @Value("${ita.report.tenant-events.registry:" + Streams.TENANT_REGISTRY + "}") String registry) {
        this.redis = redis;
        this.schemas = schemas;
        this.json = json;
        this.stream = stream;
        this.registry = registry;
    }

    @Override
    public void start() {
        if (running.compareAndSet(false, true)) {
            worker = Thread.ofPlatform().name("tenant-status-sync").daemon(true).start(this::run);
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
        while (running.get()) {
            try {
                String lastId = lastId();
                redis.<String, String>opsForHash().entries(registry).values().forEach(this::apply);
                while (running.get()) {
                    List<MapRecord<String, Object, Object>> records = redis.opsForStream().read(
                            StreamReadOptions.empty().block(BLOCK).count(100),
                            StreamOffset.create(stream, ReadOffset.from(lastId)));
                    for (MapRecord<String, Object, Object> record : records == null ? List.<MapRecord<String, Object, Object>>of() : records) {
                        lastId = record.getId().getValue();
                        Object payload = record.getValue().get(Streams.FIELD_PAYLOAD);
                        if (payload != null) {
                            apply(payload.toString());
                        }
                    }
                }
            } catch (RuntimeException e) {
                if (!running.get()) {
                    return;
                }
                log.warn("Tenant status sync interrupted ({}); starting again in {}", e.getMessage(), BACKOFF);
                try {
                    Thread.sleep(BACKOFF);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private String lastId() {
        List<MapRecord<String, Object, Object>> last = redis.opsForStream()
                .reverseRange(stream, Range.unbounded(), Limit.limit().count(1));
        return last == null || last.isEmpty() ? "0-0" : last.getFirst().getId().getValue();
    }

    private void apply(String payload) {
        TenantEvent event;
        try {
            event = json.readValue(payload, TenantEvent.class);
        } catch (RuntimeException e) {
            log.warn("Ignoring an unreadable tenant event: {}", e.getMessage());
            return;
        }
        TenantCode.parse(event.code()).ifPresent(code -> {
            switch (event.status() == null ? "" : event.status()) {
                case "SUSPENDED", "ARCHIVED" -> schemas.markSuspended(code);
                case "ACTIVE" -> schemas.markActive(code);
                default -> {
                }
            }
        });
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }
}
