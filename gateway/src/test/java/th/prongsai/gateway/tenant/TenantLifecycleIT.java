package th.prongsai.gateway.tenant;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import th.prongsai.gateway.support.GatewayIT;
import th.prongsai.gateway.support.StubService;
import th.prongsai.gateway.support.Tokens;
import th.prongsai.testsupport.TestInfra;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway hop of read-your-writes. tenant-service answers a lifecycle command only once the Redis registry hash
 * holds the new state; here the stub writes the hash before answering but nothing goes on the stream (as if this
 * gateway's tailer had not read it yet), and "unknown" is remembered for a minute. So only the gateway re-reading
 * the entry when it passes the answer on can make the next request succeed (onboarding) or be refused (suspension).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TenantLifecycleIT {

    private static final String RUN =
            "lc" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
    static final StubService TENANT_SERVICE = new StubService("tenant");
    static final StubService REPORT_SERVICE = new StubService("report");
    static final Tokens TOKENS = new Tokens();
    static final JsonMapper JSON = JsonMapper.shared();
    static final List<String> CODES = new ArrayList<>();
    static RedisClient redisClient;
    static StatefulRedisConnection<String, String> redis;

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        redisClient = RedisClient.create(TestInfra.redisUrl());
        redis = redisClient.connect();
        TENANT_SERVICE.serve("/api/auth/jwks", TOKENS.jwks());
        registry.add("spring.data.redis.url", TestInfra::redisUrl);
        registry.add("ITA_TENANT_URL", TENANT_SERVICE::url);
        registry.add("ITA_REPORT_URL", REPORT_SERVICE::url);
        registry.add("ITA_ANALYTICS_URL", REPORT_SERVICE::url);
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> TENANT_SERVICE.url() + "/api/auth/jwks");
        registry.add("ita.gateway.secret", () -> GatewayIT.SECRET);
        registry.add("ita.gateway.tenants.negative-ttl", () -> "60s");
        registry.add("ita.gateway.tenants.lookup-timeout", () -> "3s");
        // Lettuce's own command timeout too (100 ms in production): on a busy test machine that is load, not an outage
        registry.add("spring.data.redis.timeout", () -> "3s");
        registry.add("ita.gateway.rate-limit.timeout", () -> "3s");
    }

    @AfterAll
    static void stop() {
        if (!CODES.isEmpty()) {
            redis.sync().hdel(Streams.TENANT_REGISTRY, CODES.toArray(String[]::new));
        }
        redis.close();
        redisClient.shutdown();
        TENANT_SERVICE.stop();
        REPORT_SERVICE.stop();
    }

    @BeforeEach
    void setUp() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15))
                .build();
    }

    @Test
    void theNextRequestMeetsTheStateTheLifecycleAnswerCarried() {
        String admin = TOKENS.nationalAdmin();
        for (int i = 0; i < 5; i++) {
            String code = RUN + "-" + i;
            CODES.add(code);
            String officer = TOKENS.municipal("MUNICIPAL_OFFICER", code);
            // a probe before onboarding: "unknown" is now remembered for a minute
            write(code, officer).expectStatus().isEqualTo(404);

            Instant onboardedAt = Instant.now();
            String created = registryEntry(code, "ACTIVE", onboardedAt);
            TENANT_SERVICE.serve("/api/tenants", created, "/api/tenants/" + code);
            client.post()
                    .uri("/api/tenants")
                    .header("Authorization", "Bearer " + admin)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus()
                    .is2xxSuccessful()
                    .expectBody()
                    .json(created);
            write(code, officer).expectStatus().isOk();

            lifecycle(code, "suspend", registryEntry(code, "SUSPENDED", onboardedAt.plusMillis(1)), admin);
            write(code, officer)
                    .expectStatus()
                    .isForbidden()
                    .expectBody()
                    .jsonPath("$.title")
                    .isEqualTo("Tenant suspended");

            lifecycle(code, "activate", registryEntry(code, "ACTIVE", onboardedAt.plusMillis(2)), admin);
            write(code, officer).expectStatus().isOk();

            lifecycle(code, "archive", registryEntry(code, "ARCHIVED", onboardedAt.plusMillis(3)), admin);
            write(code, officer).expectStatus().isNotFound();
        }
    }

    @Test
    void onlyASuccessfulLifecycleCommandRereadsTheEntry() {
        String code = RUN + "-other";
        CODES.add(code);
        String admin = TOKENS.nationalAdmin();
        String officer = TOKENS.municipal("MUNICIPAL_OFFICER", code);
        write(code, officer).expectStatus().isEqualTo(404);
        registryEntry(code, "ACTIVE", Instant.now());
        // reading the entry through the registry API is no lifecycle command
        client.get()
                .uri("/api/tenants/" + code)
                .header("Authorization", "Bearer " + admin)
                .exchange()
                .expectStatus()
                .isOk();
        // nor is an onboarding answer that names no created entry
        TENANT_SERVICE.serve("/api/tenants", "{}");
        client.post()
                .uri("/api/tenants")
                .header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isOk();
        write(code, officer).expectStatus().isEqualTo(404);
    }

    private void lifecycle(String code, String command, String answer, String admin) {
        TENANT_SERVICE.serve("/api/tenants/" + code + "/" + command, answer);
        client.post()
                .uri("/api/tenants/" + code + "/" + command)
                .header("Authorization", "Bearer " + admin)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .json(answer);
    }

    private WebTestClient.ResponseSpec write(String code, String token) {
        return client.post()
                .uri("/t/" + code + "/api/departments")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"กองคลัง\"}")
                .exchange();
    }

    /** Writes the registry hash entry as tenant-service does before answering (no stream entry); returns it. */
    private static String registryEntry(String code, String status, Instant at) {
        String payload = JSON.writeValueAsString(new TenantEvent(
                UUID.randomUUID(),
                TenantEvent.Kind.UPDATED,
                code,
                "เทศบาลทดสอบ",
                "Test",
                "TOWN_MUNICIPALITY",
                "23",
                status,
                at));
        redis.sync().hset(Streams.TENANT_REGISTRY, code, payload);
        return payload;
    }
}
