package th.prongsai.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import redis.embedded.RedisServer;

/**
 * Real PostgreSQL and Redis for integration tests, one of each per test JVM, chosen in this order:
 * Testcontainers when a Docker engine answers; else the servers named by {@code ITA_PG_URL} /
 * {@code ITA_REDIS_URL}; else an embedded PostgreSQL (zonky) and an embedded Redis.
 * Never an in-memory imitation, and never a silent skip: if none can start, the test fails.
 *
 * <p>On a shared server each JVM gets a database of its own, dropped when the JVM ends, so test runs
 * cannot see each other's tenants; on a shared Redis it gets one of the logical databases 1–15, emptied
 * when it starts and when it ends, so no stream entry or key outlives the run that wrote it.
 */
public final class TestInfra {

    /** Connection details of the test database. */
    public record Postgres(String jdbcUrl, String username, String password) {
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, username, password);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(TestInfra.class);
    private static Postgres postgres;
    private static String redisUrl;
    private static Boolean docker;

    private TestInfra() {}

    public static synchronized Postgres postgres() {
        if (postgres == null) {
            postgres = startPostgres();
        }
        return postgres;
    }

    /** A {@code redis://host:port} URL. */
    public static synchronized String redisUrl() {
        if (redisUrl == null) {
            redisUrl = startRedis();
        }
        return redisUrl;
    }

    /** The logical database of {@link #redisUrl()} (0 unless the URL names one). */
    public static int redisDatabase() {
        String path = URI.create(redisUrl()).getPath();
        return path == null || path.length() <= 1 ? 0 : Integer.parseInt(path.substring(1));
    }

    /** Points Spring's datasource and Redis at the test servers; call from a {@code @DynamicPropertySource}. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres().jdbcUrl());
        registry.add("spring.datasource.username", () -> postgres().username());
        registry.add("spring.datasource.password", () -> postgres().password());
        registry.add("spring.data.redis.url", TestInfra::redisUrl);
    }

    private static boolean dockerAvailable() {
        if (docker == null) {
            try {
                docker = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                docker = false;
            }
        }
        return docker;
    }

    @SuppressWarnings("resource") // lives as long as the JVM
    private static Postgres startPostgres() {
        if (dockerAvailable()) {
            var container = new PostgreSQLContainer("postgres:18-alpine");
            container.start();
            log.info("Test PostgreSQL: Testcontainers {}", container.getJdbcUrl());
            return new Postgres(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        String url = System.getenv("ITA_PG_URL");
        if (url != null && !url.isBlank()) {
            return freshDatabaseOn(url, envOr("ITA_PG_USER", "postgres"), envOr("ITA_PG_PASSWORD", ""));
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(embedded)));
            String jdbc = embedded.getJdbcUrl("postgres", "postgres");
            log.info("Test PostgreSQL: embedded {}", jdbc);
            return new Postgres(jdbc, "postgres", "postgres");
        } catch (IOException e) {
            throw new IllegalStateException(
                    "No PostgreSQL for tests: no Docker, no ITA_PG_URL, and embedded failed", e);
        }
    }

    private static Postgres freshDatabaseOn(String serverUrl, String user, String password) {
        String database =
                "ita_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + serverUrl, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                log.warn("Could not drop test database {}", database, e);
            }
        }));
        String jdbc = replaceDatabase(serverUrl, database);
        log.info("Test PostgreSQL: {} on the server named by ITA_PG_URL", jdbc);
        return new Postgres(jdbc, user, password);
    }

    static String replaceDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        String hostPart = slash < 0 ? base : base.substring(0, slash);
        return hostPart + "/" + database + params;
    }

    @SuppressWarnings("resource")
    private static String startRedis() {
        if (dockerAvailable()) {
            var container = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
            container.start();
            return "redis://" + container.getHost() + ":" + container.getMappedPort(6379);
        }
        String url = System.getenv("ITA_REDIS_URL");
        if (url != null && !url.isBlank()) {
            return ownDatabaseOn(url);
        }
        try {
            int port = freePort();
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
            log.info("Test Redis: embedded on port {}", port);
            return "redis://127.0.0.1:" + port;
        } catch (IOException e) {
            throw new IllegalStateException("No Redis for tests: no Docker, no ITA_REDIS_URL, and embedded failed", e);
        }
    }

    private static String ownDatabaseOn(String serverUrl) {
        URI server = URI.create(serverUrl);
        if (server.getUserInfo() != null) {
            throw new IllegalStateException("ITA_REDIS_URL for tests must be a Redis without a password");
        }
        int database = 1 + ThreadLocalRandom.current().nextInt(15);
        String host = server.getHost();
        int port = server.getPort() < 0 ? 6379 : server.getPort();
        flush(host, port, database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> flush(host, port, database)));
        String url = "redis://" + host + ":" + port + "/" + database;
        log.info("Test Redis: {} (database {} of the server named by ITA_REDIS_URL)", url, database);
        return url;
    }

    /** SELECT + FLUSHDB in plain RESP, so that test-support needs no Redis client of its own. */
    private static void flush(String host, int port, int database) {
        String db = Integer.toString(database);
        String command = "*2\r\n$6\r\nSELECT\r\n$" + db.length() + "\r\n" + db + "\r\n*1\r\n$7\r\nFLUSHDB\r\n";
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(command.getBytes(StandardCharsets.US_ASCII));
            BufferedReader replies =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            for (int i = 0; i < 2; i++) {
                String reply = replies.readLine();
                if (reply == null || !reply.startsWith("+OK")) {
                    throw new IllegalStateException("Redis answered " + reply + " to SELECT/FLUSHDB " + database);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach the test Redis at " + host + ":" + port, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // the JVM is ending anyway
        }
    }
}
