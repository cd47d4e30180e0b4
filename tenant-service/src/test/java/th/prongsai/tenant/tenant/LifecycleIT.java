package th.prongsai.tenant.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import th.prongsai.tenant.Http;
import th.prongsai.tenant.RunningService;
import tools.jackson.databind.json.JsonMapper;

/** Suspend, activate and archive: each change an event on the stream and an audit row; the snapshot re-announced. */
class LifecycleIT extends RunningService {

    @Autowired
    TenantRegistry registry;

    @Test
    void suspendActivateArchiveEmitEventsAndAuditRows() {
        String code = onboard("23");

        Http.Response suspended = http.post("/api/tenants/" + code + "/suspend", admin, null);
        assertThat(suspended.status()).isEqualTo(200);
        assertThat(suspended.json().get("status").asString()).isEqualTo("SUSPENDED");
        Http.Response activated = http.post("/api/tenants/" + code + "/activate", admin, null);
        assertThat(activated.json().get("status").asString()).isEqualTo("ACTIVE");
        Http.Response archived = http.post("/api/tenants/" + code + "/archive", admin, null);
        assertThat(archived.json().get("status").asString()).isEqualTo("ARCHIVED");

        assertProblem(http.post("/api/tenants/" + code + "/activate", admin, null), 409);
        assertThat(rows(code)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(kinds(code))
                    .containsExactly(
                            TenantEvent.Kind.ONBOARDED,
                            TenantEvent.Kind.SUSPENDED,
                            TenantEvent.Kind.ACTIVATED,
                            TenantEvent.Kind.ARCHIVED);
            assertThat(events(code).getLast().status()).isEqualTo("ARCHIVED");
            assertThat((String) redis.opsForHash().get(Streams.TENANT_REGISTRY, code))
                    .contains("\"ARCHIVED\"");
        });
        assertThat(jdbc.queryForList(
                        "SELECT action FROM tenancy.audit_log WHERE target = ? ORDER BY id",
                        String.class,
                        "tenant:" + code))
                .containsExactly(
                        "tenant.create", "tenant.onboard", "tenant.suspend", "tenant.activate", "tenant.archive");
    }

    @Test
    void republishingRestoresTheRegistrySnapshot() {
        String code = onboard("80");
        await().atMost(Duration.ofSeconds(10)).until(() -> redis.opsForHash().hasKey(Streams.TENANT_REGISTRY, code));
        redis.opsForHash().delete(Streams.TENANT_REGISTRY, code);

        assertThat(registry.republishAll()).isGreaterThanOrEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Object snapshot = redis.opsForHash().get(Streams.TENANT_REGISTRY, code);
            assertThat(snapshot).isNotNull();
            TenantEvent event = JsonMapper.shared().readValue((String) snapshot, TenantEvent.class);
            assertThat(event.kind()).isEqualTo(TenantEvent.Kind.UPDATED);
            assertThat(event.status()).isEqualTo("ACTIVE");
        });
    }
}
