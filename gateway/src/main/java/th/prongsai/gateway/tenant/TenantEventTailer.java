package th.prongsai.gateway.tenant;

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
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import th.prongsai.events.Streams;

/**
 * Keeps {@link TenantRegistry} fresh: on every (re)connection it notes the stream's last id, loads the
 * whole registry hash, then tails {@link Streams#TENANTS} from that id with XREAD BLOCK. Events carry the
 * whole entry, so replaying one that the snapshot already holds is harmless.
 *
 * <p>A dedicated thread and connection: a blocking read must not share the request path's connection,
 * whose command timeout is a few milliseconds. No consumer group, since every gateway instance must see
 * every event.
 */
@Component
public class TenantEventTailer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TenantEventTailer.class);

    private final TenantRegistry registry;
    private final TenantProperties properties;
    private final RedisURI uri;
    private final CountDownLatch firstLoad = new CountDownLatch(1);
    private volatile boolean running;
    private volatile RedisClient client;
    private volatile StatefulRedisConnection<String, String> connection;
    private Thread thread;

    public TenantEventTailer(TenantRegistry registry, TenantProperties properties, DataRedisConnectionDetails redis) {
        this.registry = registry;
        this.properties = properties;
        this.uri = redisUri(redis, properties.tailBlock());
    }

    @Override
    public synchronized void start() {
        running = true;
        client = RedisClient.create(uri);
        // a broken connection must fail the blocked read at once, so the loop reconnects and reloads
        client.setOptions(ClientOptions.builder().autoReconnect(false).build());
        thread = Thread.ofPlatform().daemon().name("tenant-event-tailer").start(this::run);
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

    private void run() {
        boolean outage = false;
        while (running) {
            try {
                connection = client.connect();
                RedisCommands<String, String> redis = connection.sync();
                String lastId = loadSnapshot(redis);
                if (outage) {
                    log.info("Tenant event stream reconnected; registry reloaded ({} tenants)", registry.size());
                    outage = false;
                }
                firstLoad.countDown();
                tail(redis, lastId);
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!outage) {
                    log.warn("Tenant event stream unavailable, serving the cached registry: {}", e.toString());
                    outage = true;
                }
                firstLoad.countDown();
                closeConnection();
                pause();
            }
        }
    }

    private String loadSnapshot(RedisCommands<String, String> redis) {
        List<StreamMessage<String, String>> last = redis.xrevrange(Streams.TENANTS,
                Range.create("-", "+"), Limit.create(0, 1));
        String lastId = last.isEmpty() ? "0-0" : last.getFirst().getId();
        Map<String, String> all = redis.hgetall(Streams.TENANT_REGISTRY);
        all.values().forEach(this::applyQuietly);
        log.info("Tenant registry loaded: {} tenants, tailing {} after {}", registry.size(), Streams.TENANTS, lastId);
        return lastId;
    }

    private void tail(RedisCommands<String, String> redis, String fromId) {
        String lastId = fromId;
        XReadArgs args = XReadArgs.Builder.block(properties.tailBlock()).count(500);
        while (running) {
            List<StreamMessage<String, String>> messages = redis.xread(args, XReadArgs.StreamOffset.from(Streams.TENANTS, lastId));
            for (StreamMessage<String, String> message : messages) {
                String payload = message.getBody().get(Streams.FIELD_PAYLOAD);
                if (payload != null) {
                    applyQuietly(payload);
                }
                lastId = message.getId();
            }
        }
    }

    private void applyQuietly(String payload) {
        try {
            registry.apply(registry.parse(payload));
        } catch (RuntimeException e) {
            log.warn("Ignoring an unreadable tenant event: {}", e.toString());
        }
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
            TimeUnit.MILLISECONDS.sleep(properties.reconnectDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RedisURI redisUri(DataRedisConnectionDetails details, Duration block) {
        var standalone = details.getStandalone();
        if (standalone == null) {
            throw new IllegalStateException("The gateway's tenant event tailer needs a standalone Redis");
        }
        RedisURI.Builder builder = RedisURI.builder()
                .withHost(standalone.getHost())
                .withPort(standalone.getPort())
                .withDatabase(standalone.getDatabase())
                .withTimeout(block.plusSeconds(3));
        if (details.getPassword() != null) {
            if (details.getUsername() != null) {
                builder.withAuthentication(details.getUsername(), details.getPassword().toCharArray());
            } else {
                builder.withPassword(details.getPassword().toCharArray());
            }
        }
        return builder.build();
    }
}
