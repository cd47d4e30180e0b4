package th.prongsai.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.WebFilter;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import th.prongsai.tenancy.guard.GatewayProof;
import th.prongsai.testsupport.TestInfra;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the gateway's integration tests: the gateway against real Redis (through a {@link RedisProxy} a test can
 * cut), stub downstream services and test-minted tokens. Every subclass shares one Spring context (same
 * configuration) and the stubs, so tenant codes carry a per-run suffix ({@link #RUN}) and the test tenants are
 * removed when the context closes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GatewayIT.Threads.class, GatewayIT.CleanUp.class})
public abstract class GatewayIT {

    protected static final String RUN =
            "gw" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
    protected static final String TRAT = "trat-" + RUN;
    protected static final String TRANG = "trang-" + RUN;
    protected static final String SUSPENDED = "susp-" + RUN;
    protected static final String ARCHIVED = "arch-" + RUN;
    protected static final String BUSY = "busy-" + RUN;
    protected static final String FRESH = "fresh-" + RUN;
    protected static final String OUTAGE = "outage-" + RUN;
    protected static final String LATE = "late-" + RUN;

    protected static final StubService TENANT_SERVICE = new StubService("tenant");
    protected static final StubService REPORT_SERVICE = new StubService("report");
    protected static final StubService ANALYTICS_SERVICE = new StubService("analytics");
    protected static final Tokens TOKENS = new Tokens();
    /** The gateway's proof secret; every gateway context needs {@code ita.gateway.secret}. */
    public static final String SECRET = "gateway-it-secret-0123456789-abcdefghij";

    protected static final GatewayProof PROOF = GatewayProof.withSecret(SECRET);
    protected static final JsonMapper JSON = JsonMapper.shared();
    /** The WebFlux entry thread and the thread that routes, per request path (see {@link Threads}). */
    protected static final Map<String, String> ENTRY_THREAD = new ConcurrentHashMap<>();

    protected static final Map<String, String> ROUTE_THREAD = new ConcurrentHashMap<>();
    protected static RedisProxy proxy;
    private static RedisClient seedClient;
    private static StatefulRedisConnection<String, String> seedConnection;

    @LocalServerPort
    protected int port;

    @LocalManagementPort
    protected int managementPort;

    @Autowired
    protected MeterRegistry meters;

    protected WebTestClient client;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        String redisUrl = TestInfra.redisUrl();
        seedClient = RedisClient.create(redisUrl);
        seedConnection = seedClient.connect();
        publish(TRAT, "23", "ACTIVE", false);
        publish(TRANG, "92", "ACTIVE", false);
        publish(SUSPENDED, "23", "SUSPENDED", false);
        publish(ARCHIVED, "23", "ARCHIVED", false);
        publish(BUSY, "23", "ACTIVE", false);
        publish(FRESH, "23", "ACTIVE", false);
        publish(OUTAGE, "23", "ACTIVE", false);
        TENANT_SERVICE.serve("/api/auth/jwks", TOKENS.jwks());
        proxy = new RedisProxy(redisUrl);

        registry.add("spring.data.redis.url", proxy::url);
        registry.add("ita.gateway.secret", () -> SECRET);
        registry.add("ITA_TENANT_URL", TENANT_SERVICE::url);
        registry.add("ITA_REPORT_URL", REPORT_SERVICE::url);
        registry.add("ITA_ANALYTICS_URL", ANALYTICS_SERVICE::url);
        registry.add("ITA_GATEWAY_RESPONSE_TIMEOUT", () -> "1s");
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> TENANT_SERVICE.url() + "/api/auth/jwks");
        registry.add("ita.gateway.tenants.negative-ttl", () -> "200ms");
        registry.add("ita.gateway.tenants.reconnect-delay", () -> "100ms");
        // a shared, busy test machine: a slow answer must not read as "Redis down" outside the outage test
        registry.add("ita.gateway.tenants.lookup-timeout", () -> "3s");
        // Lettuce's own command timeout too (100 ms in production): a 100 ms stall here is load, not an outage
        registry.add("spring.data.redis.timeout", () -> "3s");
        registry.add("ita.gateway.rate-limit.timeout", () -> "3s");
        registry.add("ita.gateway.rate-limit.caller.burst-capacity", () -> "10000");
        registry.add("ita.gateway.rate-limit.caller.replenish-rate", () -> "5000");
        registry.add("ita.gateway.rate-limit.overrides[" + BUSY + "].replenish-rate", () -> "1");
        registry.add("ita.gateway.rate-limit.overrides[" + BUSY + "].burst-capacity", () -> "2");
    }

    /** Writes the registry hash and, with {@code streamToo}, the stream entry, as tenant-service's relay does. */
    protected static void publish(String code, String province, String status, boolean streamToo) {
        TenantEvent.Kind kind = switch (status) {
            case "SUSPENDED" -> TenantEvent.Kind.SUSPENDED;
            case "ARCHIVED" -> TenantEvent.Kind.ARCHIVED;
            default -> TenantEvent.Kind.ACTIVATED;
        };
        String payload = JSON.writeValueAsString(new TenantEvent(
                UUID.randomUUID(),
                kind,
                code,
                "เทศบาล " + code,
                "Municipality " + code,
                "TOWN_MUNICIPALITY",
                province,
                status,
                Instant.now()));
        RedisCommands<String, String> redis = seedConnection.sync();
        redis.hset(Streams.TENANT_REGISTRY, code, payload);
        if (streamToo) {
            redis.xadd(Streams.TENANTS, Map.of(Streams.FIELD_TYPE, "TenantEvent", Streams.FIELD_PAYLOAD, payload));
        }
    }

    @BeforeEach
    void newClientAndFreshStubs() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15))
                .build();
        TENANT_SERVICE.clear();
        REPORT_SERVICE.clear();
        ANALYTICS_SERVICE.clear();
    }

    /** A status line, head and body read off a socket. */
    protected record HttpAnswer(int status, String head, String body) {}

    /** Sends bytes as they are (no client library would send these requests) and reads the whole answer. */
    protected HttpAnswer raw(String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String head = split < 0 ? answer : answer.substring(0, split);
            String body = split < 0 ? "" : answer.substring(split + 4);
            return new HttpAnswer(Integer.parseInt(head.split(" ")[1]), head, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static void assertProblem(HttpAnswer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.head().toLowerCase(Locale.ROOT)).contains("content-type: application/problem+json");
        var problem = JSON.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).startsWith("https://prongsai.th/problems/");
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    /** Records which thread enters WebFlux and which routes, per request path. */
    @TestConfiguration(proxyBeanMethods = false)
    static final class Threads {

        @Bean
        WebFilter entryThread() {
            return (exchange, chain) -> {
                ENTRY_THREAD.put(
                        exchange.getRequest().getPath().value(),
                        Thread.currentThread().getName());
                return chain.filter(exchange);
            };
        }

        @Bean
        GlobalFilter routeThread() {
            return (exchange, chain) -> {
                ROUTE_THREAD.put(
                        exchange.getRequest().getPath().value(),
                        Thread.currentThread().getName());
                return chain.filter(exchange);
            };
        }
    }

    /** Once the shared context closes (the end of the test JVM): the test tenants leave Redis, the stubs stop. */
    @TestConfiguration(proxyBeanMethods = false)
    static final class CleanUp {

        @Bean
        DisposableBean testTenantsAndStubs() {
            return () -> {
                seedConnection
                        .sync()
                        .hdel(Streams.TENANT_REGISTRY, TRAT, TRANG, SUSPENDED, ARCHIVED, BUSY, FRESH, OUTAGE, LATE);
                seedConnection.close();
                seedClient.shutdown();
                TENANT_SERVICE.stop();
                REPORT_SERVICE.stop();
                ANALYTICS_SERVICE.stop();
            };
        }
    }
}
