package th.prongsai.events.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisStreamCommands.XAddOptions;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import th.prongsai.events.Streams;

/**
 * Delivers outbox rows to Redis: polls unpublished rows ({@code FOR UPDATE SKIP LOCKED}, so several instances
 * share the work), sends a batch as one Redis MULTI (stream entries plus registry-hash writes) and marks the rows
 * published only after Redis answered EXEC. If Redis is down the rows stay unpublished and go out once it is
 * back; delivery is at-least-once, so consumers deduplicate on the event id.
 */
public class OutboxRelay implements SmartLifecycle {

    /** Default mapping of a stream to the registry hash its {@code registry_key} rows are written to. */
    public static final Map<String, String> REGISTRIES =
            Map.of(Streams.TENANTS, Streams.TENANT_REGISTRY, Streams.FRAMEWORKS, Streams.FRAMEWORK_REGISTRY);

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration STATS_EVERY = Duration.ofSeconds(2);
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    record Row(long id, String stream, String type, String payload, String registryKey) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final StringRedisTemplate redis;
    private final OutboxTable table;
    private final OutboxProperties properties;
    private final Map<String, String> registries;
    private final Clock clock;
    private final AtomicLong unpublished = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private ScheduledExecutorService executor;
    private volatile boolean running;
    private Instant nextStats = Instant.MIN;
    private Instant nextCleanup = Instant.MIN;
    private Instant notBefore = Instant.MIN;
    private Duration backoff = Duration.ZERO;
    private long failures;

    public OutboxRelay(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            StringRedisTemplate redis,
            OutboxTable table,
            OutboxProperties properties,
            MeterRegistry meters) {
        this(jdbc, tx, redis, table, properties, REGISTRIES, meters);
    }

    public OutboxRelay(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            StringRedisTemplate redis,
            OutboxTable table,
            OutboxProperties properties,
            Map<String, String> registries,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.registries = Map.copyOf(registries);
        this.tx = tx;
        this.redis = redis;
        this.table = table;
        this.properties = properties;
        this.clock = Clock.systemUTC();
        if (meters != null) {
            Gauge.builder("ita.outbox.unpublished", unpublished, AtomicLong::get)
                    .description("Outbox rows not yet delivered to Redis")
                    .tag("table", table.qualifiedName())
                    .register(meters);
            Gauge.builder("ita.outbox.oldest.age", oldestAgeSeconds, AtomicLong::get)
                    .description("Age of the oldest undelivered outbox row")
                    .baseUnit("seconds")
                    .tag("table", table.qualifiedName())
                    .register(meters);
        }
    }

    /**
     * Publishes every deliverable row now (used by the scheduler, and by tests to avoid waiting).
     *
     * @return rows delivered
     * @throws DataAccessException when Redis or the database refuse; nothing is marked published then
     */
    public int drain() {
        int total = 0;
        int delivered;
        do {
            delivered = relayBatch();
            total += delivered;
        } while (delivered == properties.batchSize());
        return total;
    }

    int relayBatch() {
        Integer delivered = tx.execute(status -> {
            List<Row> rows = jdbc.query(
                    "SELECT id, stream, type, payload, registry_key FROM " + table
                            + " WHERE published_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                    (rs, n) ->
                            new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                    properties.batchSize());
            if (rows.isEmpty()) {
                return 0;
            }
            publish(rows);
            Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
            jdbc.update(con -> {
                var statement = con.prepareStatement("UPDATE " + table + " SET published_at = now() WHERE id = ANY(?)");
                statement.setArray(1, con.createArrayOf("bigint", ids));
                return statement;
            });
            return rows.size();
        });
        return delivered == null ? 0 : delivered;
    }

    private void publish(List<Row> rows) {
        XAddOptions trimming = XAddOptions.maxlen(properties.streamMaxLength()).approximateTrimming(true);
        List<Object> results = redis.execute(new SessionCallback<>() {
            @Override
            @SuppressWarnings("unchecked")
            public <K, V> List<Object> execute(RedisOperations<K, V> operations) {
                var ops = (RedisOperations<String, String>) operations;
                ops.multi();
                for (Row row : rows) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put(Streams.FIELD_TYPE, row.type());
                    fields.put(Streams.FIELD_PAYLOAD, row.payload());
                    ops.opsForStream()
                            .add(StreamRecords.newRecord().in(row.stream()).ofMap(fields), trimming);
                    String registry = registries.get(row.stream());
                    if (registry != null && row.registryKey() != null) {
                        ops.opsForHash().put(registry, row.registryKey(), row.payload());
                    }
                }
                return ops.exec();
            }
        });
        if (results == null || results.isEmpty()) {
            throw new IllegalStateException("Redis discarded the outbox transaction");
        }
    }

    private void tick() {
        if (!running) {
            return;
        }
        Instant now = clock.instant();
        try {
            if (!now.isBefore(notBefore)) {
                drain();
                if (failures > 0) {
                    log.info("Outbox {} delivering again after {} failed attempts", table, failures);
                }
                failures = 0;
                backoff = Duration.ZERO;
            }
        } catch (RuntimeException e) {
            failures++;
            backoff = backoff.isZero() ? properties.pollInterval() : min(backoff.multipliedBy(2), MAX_BACKOFF);
            notBefore = now.plus(backoff);
            if (failures == 1 || failures % 20 == 0) {
                log.warn(
                        "Outbox {} cannot deliver (attempt {}), retrying in {} ms: {}",
                        table,
                        failures,
                        backoff.toMillis(),
                        e.toString());
            }
        }
        try {
            if (!now.isBefore(nextStats)) {
                nextStats = now.plus(STATS_EVERY);
                refreshStats(now);
            }
            if (!now.isBefore(nextCleanup)) {
                nextCleanup = now.plus(CLEANUP_EVERY);
                jdbc.update(
                        "DELETE FROM " + table + " WHERE published_at < ?",
                        Timestamp.from(now.minus(properties.retention())));
            }
        } catch (RuntimeException e) {
            log.warn("Outbox {} housekeeping failed: {}", table, e.toString());
        }
    }

    private void refreshStats(Instant now) {
        jdbc.query("SELECT count(*), min(created_at) FROM " + table + " WHERE published_at IS NULL", rs -> {
            unpublished.set(rs.getLong(1));
            Timestamp oldest = rs.getTimestamp(2);
            oldestAgeSeconds.set(
                    oldest == null
                            ? 0
                            : Math.max(
                                    0, Duration.between(oldest.toInstant(), now).toSeconds()));
        });
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        long delay = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::tick, delay, delay, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the data source and Redis connections close. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2048;
    }
}
