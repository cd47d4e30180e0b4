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
        assertThat(jdbc.queryForObject("SELECT status FROM reporting.tenant_schemas WHERE code = ?", String.class, code))
                .isEqualTo("READY");
    }

    @Test
    void eventsOfUnknownOrInvalidTenantsChangeNothing() {
        String code = provisioned("sync-other", "23");
        publish("TRAT; DROP", TenantEvent.Kind.SUSPENDED, "SUSPENDED");
        publish("unknown-" + code, TenantEvent.Kind.SUSPENDED, "SUSPENDED");
        publish(code, TenantEvent.Kind.UPDATED, "ACTIVE");
        redis.opsForStream().add(MapRecord.create(EVENT_STREAM, Map.of(Streams.FIELD_TYPE, "TenantEvent",
                Streams.FIELD_PAYLOAD, "{not json")));
        String marker = provisioned("sync-marker", "23");
        publish(marker, TenantEvent.Kind.SUSPENDED, "SUSPENDED");

        // Events are applied in order: once the last one shows, the earlier ones have been handled.
        await().atMost(Duration.ofSeconds(10)).until(() -> departments(marker, TestTokens.officer(marker)) == 403);
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

    private void publish(String code, TenantEvent.Kind kind, String status) {
        String payload = Api.JSON.writeValueAsString(new TenantEvent(UUID.randomUUID(), kind, code, "เทศบาล", "Town",
                "TOWN_MUNICIPALITY", "23", status, Instant.now()));
        redis.opsForHash().put(EVENT_REGISTRY, code, payload);
        redis.opsForStream().add(MapRecord.create(EVENT_STREAM,
                Map.of(Streams.FIELD_TYPE, "TenantEvent", Streams.FIELD_PAYLOAD, payload)));
    }
}
