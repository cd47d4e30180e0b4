package th.prongsai.report.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;

/** Lifecycle events from tenant-service reach the guard: a suspended tenant is refused here too. */
class TenantStatusSyncIT extends ReportIntegrationTest {

    @Autowired
    StringRedisTemplate redis;

    @Test
    void suspensionAndActivationReachTheGuard() {
        String code = provisioned("sync", "23");
        String token = TestTokens.officer(code);
        assertThat(departments(code, token)).isEqualTo(200);

        publish(code, TenantEvent.Kind.SUSPENDED, "SUSPENDED");
        await().atMost(Duration.ofSeconds(10)).until(() -> departments(code, token) == 403);

        publish(code, TenantEvent.Kind.ACTIVATED, "ACTIVE");
        await().atMost(Duration.ofSeconds(10)).until(() -> departments(code, token) == 200);
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM reporting.tenant_schemas WHERE code = ?", String.class, code))
                .isEqualTo("READY");
    }

    @Test
    void eventsOfUnknownOrInvalidTenantsChangeNothing() {
        String code = provisioned("sync-other", "23");
        publish("TRAT; DROP", TenantEvent.Kind.SUSPENDED, "SUSPENDED");
        publish("unknown-" + code, TenantEvent.Kind.SUSPENDED, "SUSPENDED");
        publish(code, TenantEvent.Kind.UPDATED, "ACTIVE");
        redis.opsForStream()
                .add(MapRecord.create(
                        EVENT_STREAM, Map.of(Streams.FIELD_TYPE, "TenantEvent", Streams.FIELD_PAYLOAD, "{not json")));
        String marker = provisioned("sync-marker", "23");
        publish(marker, TenantEvent.Kind.SUSPENDED, "SUSPENDED");

        // Events are applied in order: once the last one shows, the earlier ones have been handled.
        await().atMost(Duration.ofSeconds(10)).until(() -> departments(marker, TestTokens.officer(marker)) == 403);
        assertThat(departments(code, TestTokens.officer(code))).isEqualTo(200);
    }

    @Test
    void theControlPlanesCallRefusesWritesAtOnceAndALateEventDoesNotUndoIt() {
        String code = provisioned("sync-call", "23");
        String token = TestTokens.officer(code);
        Instant suspendedAt = Instant.now();

        Api.Response suspended = status(code, "SUSPENDED", suspendedAt);
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat(suspended.json().get("status").asString()).isEqualTo("SUSPENDED");
        // no waiting: the very next write is refused
        assertThat(createDepartment(code, token)).isEqualTo(403);

        // the stream delivers an older ACTIVE late (a replay): it must not reopen the tenant
        publish(code, TenantEvent.Kind.UPDATED, "ACTIVE", suspendedAt.minusSeconds(1));
        String marker = provisioned("sync-call-marker", "23");
        publish(marker, TenantEvent.Kind.SUSPENDED, "SUSPENDED", Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> departments(marker, TestTokens.officer(marker)) == 403);
        assertThat(createDepartment(code, token)).isEqualTo(403);

        // the same call again changes nothing; activation is at once too
        assertThat(status(code, "SUSPENDED", suspendedAt).status()).isEqualTo(200);
        assertThat(status(code, "ACTIVE", suspendedAt.plusMillis(1))
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("READY");
        assertThat(createDepartment(code, token)).isEqualTo(201);
        // and the suspension's own event, arriving after the activation, changes nothing either
        publish(code, TenantEvent.Kind.SUSPENDED, "SUSPENDED", suspendedAt);
        String second = provisioned("sync-call-marker", "23");
        publish(second, TenantEvent.Kind.SUSPENDED, "SUSPENDED", Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> departments(second, TestTokens.officer(second)) == 403);
        assertThat(createDepartment(code, token)).isEqualTo(201);
    }

    @Test
    void theStatusCallIsForServicesOnlyAndChecksItsInput() {
        String code = provisioned("sync-input", "23");
        assertThat(api.send(
                                "PUT",
                                "/internal/tenants/" + code + "/status",
                                TestTokens.nationalAdmin(),
                                null,
                                Map.of(
                                        "status",
                                        "SUSPENDED",
                                        "asOf",
                                        Instant.now().toString()))
                        .status())
                .isEqualTo(403);
        assertInvalid(status(code, "PAUSED", Instant.now()), "status");
        assertInvalid(
                api.send(
                        "PUT",
                        "/internal/tenants/" + code + "/status",
                        TestTokens.service(),
                        null,
                        Map.of("status", "SUSPENDED")),
                "asOf");
        Api.Response unknown = status("never-" + code, "SUSPENDED", Instant.now());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).endsWith("/unknown-tenant");
        assertThat(departments(code, TestTokens.officer(code))).isEqualTo(200);
    }

    @AfterAll
    static void cleanUp(@Autowired StringRedisTemplate redis) {
        redis.delete(EVENT_STREAM);
        redis.delete(EVENT_REGISTRY);
    }

    private int departments(String code, String token) {
        return api.tenant("GET", code, "/api/departments", token, null).status();
    }

    private int createDepartment(String code, String token) {
        return api.tenant("POST", code, "/api/departments", token, Map.of("name", "กองคลัง " + UUID.randomUUID()))
                .status();
    }

    private Api.Response status(String code, String status, Instant asOf) {
        return api.send(
                "PUT",
                "/internal/tenants/" + code + "/status",
                TestTokens.service(),
                null,
                Map.of("status", status, "asOf", asOf.toString()));
    }

    private void publish(String code, TenantEvent.Kind kind, String status) {
        publish(code, kind, status, Instant.now());
    }

    private void publish(String code, TenantEvent.Kind kind, String status, Instant occurredAt) {
        String payload = Api.JSON.writeValueAsString(new TenantEvent(
                UUID.randomUUID(), kind, code, "เทศบาล", "Town", "TOWN_MUNICIPALITY", "23", status, occurredAt));
        redis.opsForHash().put(EVENT_REGISTRY, code, payload);
        redis.opsForStream()
                .add(MapRecord.create(
                        EVENT_STREAM, Map.of(Streams.FIELD_TYPE, "TenantEvent", Streams.FIELD_PAYLOAD, payload)));
    }
}
