package th.prongsai.events.follow;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.SmartLifecycle;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows the tenant registry for a service that must know every tenant's state (the gateway's cache,
 * report-service's guard): on every (re)connection it notes the stream's last id, hands over the whole
 * snapshot hash {@link Streams#TENANT_REGISTRY}, then tails {@link Streams#TENANTS} from that id with
 * XREAD BLOCK, so nothing falls in between. Events carry the whole entry, so replaying one the
 * snapshot already held is harmless; the listener keeps the newest by {@link TenantEvent#occurredAt()}.
 *
 * <p>No consumer group, since every instance must see every event; a dedicated thread and connection,
 * since a blocking read must not share a request path's connection and its short timeout.
 */
public class TenantEventFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TenantEventFollower.class);

    private final String name;
    private final String stream;
    private final String registry;
    private final RedisURI uri;
    private final Duration block;
    private final Duration reconnectDelay;
    private final JsonMapper json;
    private final Consumer<TenantEvent> listener;
    private final CountDownLatch firstLoad = new CountDownLatch(1);
    private volatile boolean running;
    private volatile RedisClient client;
    private volatile StatefulRedisConnection<String, String> connection;
    private Thread thread;

    /** Follows the platform's tenant stream and registry hash. */
    public TenantEventFollower(
            String name,
            DataRedisConnectionDetails redis,
            Duration block,
            Duration reconnectDelay,
            JsonMapper json,
            Consumer<TenantEvent> listener) {
        this(name, Streams.TENANTS, Streams.TENANT_REGISTRY, redis, block, reconnectDelay, json, listener);
    }

    /**
     * @param name            thread name and log prefix
     * @param stream          the stream key (tests give each run its own)
     * @param registry        the snapshot hash key
     * @param block           how long one XREAD waits for new entries
     * @param reconnectDelay  pause after Redis went away
     * @param listener        receives every snapshot entry and every event, on the follower's thread
     */
    public TenantEventFollower(
            String name,
            String stream,
            String registry,
            DataRedisConnectionDetails redis,
            Duration block,
            Duration reconnectDelay,
            JsonMapper json,
            Consumer<TenantEvent> listener) {
        this.name = name;
        this.stream = stream;
        this.registry = registry;
        this.uri = redisUri(redis, block);
        this.block = block;
        this.reconnectDelay = reconnectDelay;
        this.json = json;
        this.listener = listener;
    }

    @Override
    public synchronized void start() {
        running = true;
        client = RedisClient.create(uri);
        // a broken connection must fail the blocked read at once, so the loop reconnects and reloads
        client.setOptions(ClientOptions.builder().autoReconnect(false).build());
        thread = Thread.ofPlatform().daemon().name(name).start(this::run);
        try {
            // serve from a loaded registry when Redis is there; start anyway when it is not
            firstLoad.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        closeConnection();
        if (thread != null) {
            thread.interrupt();
        }
        if (client != null) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server takes requests, so the first request already finds the registry loaded. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }

    private void run() {
        boolean outage = false;
        while (running) {
            try {
                connection = client.connect();
                RedisCommands<String, String> redis = connection.sync();
                String lastId = loadSnapshot(redis);
                if (outage) {
                    log.info("{}: tenant event stream reconnected, registry reloaded", name);
                    outage = false;
                }
                firstLoad.countDown();
                tail(redis, lastId);
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!outage) {
                    log.warn("{}: tenant event stream unavailable, keeping what is known: {}", name, e.toString());
                    outage = true;
                }
                firstLoad.countDown();
                closeConnection();
                pause();
            }
        }
    }

    private String loadSnapshot(RedisCommands<String, String> redis) {
        List<StreamMessage<String, String>> last = redis.xrevrange(stream, Range.create("-", "+"), Limit.create(0, 1));
        String lastId = last.isEmpty() ? "0-0" : last.getFirst().getId();
        var snapshot = redis.hgetall(registry);
        snapshot.values().forEach(this::deliver);
        log.info(
                "{}: tenant registry loaded ({} tenants), following {} after {}",
                name,
                snapshot.size(),
                stream,
                lastId);
        return lastId;
    }

    private void tail(RedisCommands<String, String> redis, String fromId) {
        String lastId = fromId;
        XReadArgs args = XReadArgs.Builder.block(block).count(500);
        while (running) {
            for (StreamMessage<String, String> message :
                    redis.xread(args, XReadArgs.StreamOffset.from(stream, lastId))) {
                String payload = message.getBody().get(Streams.FIELD_PAYLOAD);
                if (payload != null) {
                    deliver(payload);
                }
                lastId = message.getId();
            }
        }
    }

    private void deliver(String payload) {
        TenantEvent event;
        try {
            event = json.readValue(payload, TenantEvent.class);
        } catch (RuntimeException e) {
            log.warn("{}: ignoring an unreadable tenant event: {}", name, e.toString());
            return;
        }
        listener.accept(event);
    }

    private void closeConnection() {
        var current = connection;
        connection = null;
        if (current != null) {
            try {
                current.close();
            } catch (RuntimeException ignored) {
                // already broken; a new connection follows
            }
        }
    }

    private void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(reconnectDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RedisURI redisUri(DataRedisConnectionDetails details, Duration block) {
        var standalone = details.getStandalone();
        if (standalone == null) {
            throw new IllegalStateException("Following tenant events needs a standalone Redis");
        }
        RedisURI.Builder builder = RedisURI.builder()
                .withHost(standalone.getHost())
                .withPort(standalone.getPort())
                .withDatabase(standalone.getDatabase())
                .withTimeout(block.plusSeconds(3));
        if (details.getPassword() != null) {
            if (details.getUsername() != null) {
                builder.withAuthentication(
                        details.getUsername(), details.getPassword().toCharArray());
            } else {
                builder.withPassword(details.getPassword().toCharArray());
            }
        }
        return builder.build();
    }
}
