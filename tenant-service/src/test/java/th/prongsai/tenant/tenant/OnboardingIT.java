package th.prongsai.tenant.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import th.prongsai.tenant.FakeReportService;
import th.prongsai.tenant.Http;
import th.prongsai.tenant.RunningService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Onboarding one municipality: the schema provisioned before ACTIVE, a failure left FAILED and retryable, bad
 * input refused.
 */
class OnboardingIT extends RunningService {

    @Test
    void onboardingProvisionsTheSchemaThenAnswersActive() {
        String code = uniqueCode();
        Http.Response created = http.post("/api/tenants", admin, tenant(code, "23"));

        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/tenants/" + code);
        assertThat(created.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(created.json().get("placement").get("schema").asString()).isEqualTo("t_" + code.replace('-', '_'));

        List<FakeReportService.Call> calls = REPORT.callsFor(code);
        assertThat(calls).hasSize(1);
        assertThat(calls.getFirst().method()).isEqualTo("PUT");
        assertThat(calls.getFirst().body()).contains("\"province\":\"23\"").contains("nameTh");
        String serviceToken = calls.getFirst().authorization().substring("Bearer ".length());
        Jwt jwt = NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/api/auth/jwks")
                .build()
                .decode(serviceToken);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SERVICE");
        assertThat(jwt.getSubject()).isEqualTo("tenant-service");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(kinds(code)).containsExactly(TenantEvent.Kind.ONBOARDED);
            Object snapshot = redis.opsForHash().get(Streams.TENANT_REGISTRY, code);
            assertThat(snapshot).isNotNull();
            assertThat(JsonMapper.shared()
                            .readValue((String) snapshot, TenantEvent.class)
                            .status())
                    .isEqualTo("ACTIVE");
        });
        assertThat(http.token(code + ".officer", "demo")).isNotBlank();
        assertThat(http.token(code + ".mayor", "demo")).isNotBlank();
        Http.Response audit = http.get("/api/audit?size=200", admin);
        assertThat(audit.status()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        audit.json().get("items").forEach(e -> {
            if (e.get("target").asString().equals("tenant:" + code)) {
                actions.add(e.get("action").asString());
            }
        });
        assertThat(actions).containsExactlyInAnyOrder("tenant.create", "tenant.onboard");
    }

    @Test
    void failedProvisioningLeavesFailedAndRetryActivates() {
        String code = uniqueCode();
        REPORT.failWith.set(500);

        Http.Response failed = http.post("/api/tenants", admin, tenant(code, "92"));

        assertProblem(failed, 502);
        assertThat(failed.json().get("reason").asString())
                .contains("report-service answered 500")
                .contains("changelog broke");
        Http.Response stored = http.get("/api/tenants/" + code, admin);
        assertThat(stored.json().get("status").asString()).isEqualTo("FAILED");
        assertThat(stored.json().get("failureReason").asString()).contains("500");
        assertThat(http.get("/api/tenants/" + code, admin).json().get("status").asString())
                .isEqualTo("FAILED");

        REPORT.failWith.set(0);
        Http.Response retried = http.post("/api/tenants/" + code + "/provision", admin, null);

        assertThat(retried.status()).as(retried.raw().body()).isEqualTo(200);
        assertThat(retried.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(retried.json().get("failureReason").isNull()).isTrue();
        assertThat(http.post("/api/tenants/" + code + "/provision", admin, null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");
        assertThat(REPORT.callsFor(code)).hasSize(2);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(kinds(code)).containsExactly(TenantEvent.Kind.FAILED, TenantEvent.Kind.ONBOARDED));
    }

    @Test
    void badTenantCodesAnswer400AndCreateNothing() {
        for (String bad : List.of("TRAT", "trat;drop", "../x", "a".repeat(60), "ตราด", "", "1trat")) {
            Http.Response response = http.post("/api/tenants", admin, tenant(bad, "23"));
            assertProblem(response, 400);
            assertThat(response.json().get("errors").toString()).contains("code");
            assertThat(rows(bad)).isZero();
        }
        assertThat(REPORT.calls.stream()
                        .filter(c -> c.path().contains("trat;drop") || c.path().contains(".."))
                        .count())
                .isZero();
        assertProblem(http.get("/api/tenants/TRAT", admin), 400);
        assertProblem(http.get("/api/tenants/trat;drop", admin), 400);
        assertProblem(http.post("/api/tenants/" + "a".repeat(60) + "/suspend", admin, null), 400);
    }

    @Test
    void duplicateCodeIs409() {
        String code = onboard("23");
        Http.Response again = http.post("/api/tenants", admin, tenant(code, "92"));
        assertProblem(again, 409);
        assertThat(rows(code)).isEqualTo(1);
    }

    @Test
    void unknownProvinceIs400AndCreatesNothing() {
        String code = uniqueCode();
        Http.Response response = http.post("/api/tenants", admin, tenant(code, "99"));
        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("province");
        assertThat(rows(code)).isZero();
    }
}
