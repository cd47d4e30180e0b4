package th.prongsai.tenant.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import th.prongsai.tenant.FakeReportService;
import th.prongsai.tenant.Http;
import th.prongsai.tenant.RunningService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read-your-writes of the lifecycle, with the outbox relay's own polling out of the way (once an hour): whatever
 * onboarding, suspension or activation answers is already in the Redis registry hash and, for the status, already
 * told to report-service, when the answer arrives. Before, the hash waited for the relay's next poll.
 */
@TestPropertySource(properties = "ita.events.outbox.poll-interval=1h")
class ReadYourWritesIT extends RunningService {

    @Test
    void everyLifecycleAnswerIsInTheRegistryHashAndReportServiceKnowsTheStatus() {
        for (int i = 0; i < 5; i++) {
            String code = uniqueCode();
            Http.Response created = http.post("/api/tenants", admin, tenant(code, "23"));
            assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
            assertHashShows(code, created.json());

            Http.Response suspended = http.post("/api/tenants/" + code + "/suspend", admin, null);
            assertThat(suspended.status()).isEqualTo(200);
            assertHashShows(code, suspended.json());
            assertToldReportService(code, "SUSPENDED", suspended.json());

            Http.Response activated = http.post("/api/tenants/" + code + "/activate", admin, null);
            assertThat(activated.status()).isEqualTo(200);
            assertHashShows(code, activated.json());
            assertToldReportService(code, "ACTIVE", activated.json());
        }
    }

    @Test
    void aReportServiceThatCannotBeToldDoesNotFailTheSuspension() {
        String code = uniqueCode();
        assertThat(http.post("/api/tenants", admin, tenant(code, "23")).status())
                .isEqualTo(201);
        REPORT.failWith.set(500);
        Http.Response suspended = http.post("/api/tenants/" + code + "/suspend", admin, null);
        assertThat(suspended.status()).isEqualTo(200);
        assertHashShows(code, suspended.json());
    }

    @Test
    void onlyNationalAdminsSeeWhereATenantsDataLives() {
        String code = uniqueCode();
        assertThat(http.post("/api/tenants", admin, tenant(code, "23")).status())
                .isEqualTo(201);

        JsonNode forAdmin = http.get("/api/tenants/" + code, admin).json();
        assertThat(forAdmin.get("placement").get("schema").asString()).isEqualTo("t_" + code.replace('-', '_'));
        assertThat(http.get("/api/tenants?q=" + code, admin)
                        .json()
                        .get("items")
                        .get(0)
                        .has("placement"))
                .isTrue();

        for (String user : List.of(code + ".officer", code + ".admin", "province.trat")) {
            String token = http.token(user, "demo");
            Http.Response one = http.get("/api/tenants/" + code, token);
            assertThat(one.status()).as(user).isEqualTo(200);
            assertThat(one.json().has("placement"))
                    .as(user + " sees placement: " + one.raw().body())
                    .isFalse();
            assertThat(one.raw().body()).doesNotContain("t_" + code.replace('-', '_'));
            JsonNode listed = http.get("/api/tenants?q=" + code, token).json().get("items");
            assertThat(listed).as(user).hasSize(1);
            assertThat(listed.get(0).has("placement")).as(user).isFalse();
        }
    }

    private void assertHashShows(String code, JsonNode answer) {
        Object held = redis.opsForHash().get(Streams.TENANT_REGISTRY, code);
        assertThat(held)
                .as("registry hash entry of " + code + " when the answer arrived")
                .isNotNull();
        TenantEvent event = JsonMapper.shared().readValue(held.toString(), TenantEvent.class);
        assertThat(event.status()).isEqualTo(answer.get("status").asString());
        assertThat(event.occurredAt())
                .isEqualTo(Instant.parse(answer.get("updatedAt").asString()));
    }

    private static void assertToldReportService(String code, String status, JsonNode answer) {
        List<FakeReportService.Call> told = REPORT.calls.stream()
                .filter(c -> c.path().equals("/internal/tenants/" + code + "/status"))
                .toList();
        assertThat(told).isNotEmpty();
        JsonNode body = JsonMapper.shared().readTree(told.getLast().body());
        assertThat(told.getLast().method()).isEqualTo("PUT");
        assertThat(told.getLast().authorization()).startsWith("Bearer ");
        assertThat(body.get("status").asString()).isEqualTo(status);
        assertThat(Instant.parse(body.get("asOf").asString()))
                .isEqualTo(Instant.parse(answer.get("updatedAt").asString()));
    }
}
