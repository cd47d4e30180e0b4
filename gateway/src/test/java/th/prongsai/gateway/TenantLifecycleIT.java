package th.prongsai.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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
import th.prongsai.testsupport.TestInfra;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway hop of read-your-writes: tenant-service's lifecycle answers pass through the gateway, which applies
 * them to its registry before the client sees them. The Redis registry hash and stream are left untouched here (as
 * if tenant-service's relay had not delivered yet), and "unknown" is remembered for a minute, so only the answer
 * itself can make the next request succeed (onboarding) or be refused (suspension).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TenantLifecycleIT {

    private static final String RUN = "lc" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
    static final StubService TENANT_SERVICE = new StubService("tenant");
    static final StubService REPORT_SERVICE = new StubService("report");
    static final Tokens TOKENS = new Tokens();
    static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;
    WebTestClient client;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TENANT_SERVICE.serve("/api/auth/jwks", TOKENS.jwks());
        registry.add("spring.data.redis.url", TestInfra::redisUrl);
        registry.add("ITA_TENANT_URL", TENANT_SERVICE::url);
        registry.add("ITA_REPORT_URL", REPORT_SERVICE::url);
        registry.add("ITA_ANALYTICS_URL", REPORT_SERVICE::url);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> TENANT_SERVICE.url() + "/api/auth/jwks");
        registry.add("ita.gateway.tenants.negative-ttl", () -> "60s");
        registry.add("ita.gateway.tenants.lookup-timeout", () -> "3s");
        registry.add("ita.gateway.rate-limit.timeout", () -> "3s");
    }

    @AfterAll
    static void stop() {
        TENANT_SERVICE.stop();
        REPORT_SERVICE.stop();
    }

    @BeforeEach
    void setUp() {
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
    }

    @Test
    void theNextRequestMeetsTheStateTheLifecycleAnswerCarried() {
        String admin = TOKENS.nationalAdmin();
        for (int i = 0; i < 5; i++) {
            String code = RUN + "-" + i;
            String officer = TOKENS.municipal("MUNICIPAL_OFFICER", code);
            // a probe before onboarding: "unknown" is now remembered for a minute
            write(code, officer).expectStatus().isEqualTo(404);

            Instant onboardedAt = Instant.now();
            TENANT_SERVICE.serve("/api/tenants", entry(code, "ACTIVE", onboardedAt));
            client.post().uri("/api/tenants").header("Authorization", "Bearer " + admin)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.code").isEqualTo(code).jsonPath("$.status").isEqualTo("ACTIVE");
            write(code, officer).expectStatus().isOk();

            lifecycle(code, "suspend", entry(code, "SUSPENDED", onboardedAt.plusMillis(1)), admin);
            write(code, officer).expectStatus().isForbidden()
                    .expectBody().jsonPath("$.title").isEqualTo("Tenant suspended");

            lifecycle(code, "activate", entry(code, "ACTIVE", onboardedAt.plusMillis(2)), admin);
            write(code, officer).expectStatus().isOk();

            lifecycle(code, "archive", entry(code, "ARCHIVED", onboardedAt.plusMillis(3)), admin);
            write(code, officer).expectStatus().isNotFound();
        }
    }

    @Test
    void onlyASuccessfulLifecycleAnswerOfAnEntryIsApplied() {
        String code = RUN + "-other";
        String admin = TOKENS.nationalAdmin();
        String officer = TOKENS.municipal("MUNICIPAL_OFFICER", code);
        write(code, officer).expectStatus().isEqualTo(404);
        // an entry-shaped body on a path that is no lifecycle command changes nothing
        TENANT_SERVICE.serve("/api/tenants/" + code, entry(code, "ACTIVE", Instant.now()));
        client.get().uri("/api/tenants/" + code).header("Authorization", "Bearer " + admin)
                .exchange().expectStatus().isOk();
        write(code, officer).expectStatus().isEqualTo(404);
        // nor does a body that is not an entry
        TENANT_SERVICE.serve("/api/tenants/" + code + "/suspend", "{\"status\":\"SUSPENDED\"}");
        client.post().uri("/api/tenants/" + code + "/suspend").header("Authorization", "Bearer " + admin)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("SUSPENDED");
        write(code, officer).expectStatus().isEqualTo(404);
    }

    private void lifecycle(String code, String command, String answer, String admin) {
        TENANT_SERVICE.serve("/api/tenants/" + code + "/" + command, answer);
        client.post().uri("/api/tenants/" + code + "/" + command).header("Authorization", "Bearer " + admin)
                .exchange().expectStatus().isOk().expectBody().json(answer);
    }

    private WebTestClient.ResponseSpec write(String code, String token) {
        return client.post().uri("/t/" + code + "/api/departments").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"กองคลัง\"}").exchange();
    }

    /** The body of tenant-service's answer: the registry entry as TenantView shows it to a national admin. */
    private static String entry(String code, String status, Instant updatedAt) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", code);
        view.put("nameTh", "เทศบาลทดสอบ");
        view.put("nameEn", "Test");
        view.put("type", "TOWN_MUNICIPALITY");
        view.put("province", "23");
        view.put("status", status);
        view.put("placement", Map.of("database", "prongsai", "schema", "t_" + code.replace('-', '_')));
        view.put("createdAt", updatedAt.toString());
        view.put("updatedAt", updatedAt.toString());
        view.put("version", 1);
        return JSON.writeValueAsString(view);
    }
}
