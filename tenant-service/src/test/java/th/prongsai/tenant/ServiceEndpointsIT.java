package th.prongsai.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What holds for every endpoint: bad input answers problem JSON; health, metrics and the API document are open. */
class ServiceEndpointsIT extends RunningService {

    @Test
    void badInputOnEveryEndpointIsProblemJson() {
        assertProblem(http.post("/api/auth/token", null, "{\"username\":"), 400);
        assertProblem(http.post("/api/auth/token", null, Map.of("username", "")), 400);
        assertProblem(http.post("/api/tenants", admin, "{not json"), 400);
        Map<String, Object> missing = tenant(uniqueCode(), "23");
        missing.remove("nameTh");
        missing.put("dlaCode", "12");
        missing.put("website", "javascript:alert(1)");
        Http.Response invalid = http.post("/api/tenants", admin, missing);
        assertProblem(invalid, 400);
        assertThat(invalid.json().get("errors").toString())
                .contains("nameTh")
                .contains("dlaCode")
                .contains("website");
        Map<String, Object> badType = tenant(uniqueCode(), "23");
        badType.put("type", "CASTLE");
        assertProblem(http.post("/api/tenants", admin, badType), 400);
        assertProblem(http.get("/api/tenants?size=0", admin), 400);
        assertProblem(http.get("/api/tenants?size=abc", admin), 400);
        assertProblem(http.get("/api/tenants/" + uniqueCode(), admin), 404);
        assertProblem(http.post("/api/tenants/" + uniqueCode() + "/suspend", admin, null), 404);
        assertProblem(
                http.post("/api/users", admin, Map.of("username", "Bad Name", "password", "x", "roles", List.of())),
                400);
        assertProblem(
                http.post(
                        "/api/users",
                        admin,
                        Map.of(
                                "username",
                                "fine.name",
                                "password",
                                "long-enough-1",
                                "roles",
                                List.of("MUNICIPAL_OFFICER"),
                                "tenant",
                                "no-such-tenant")),
                400);
        assertProblem(
                http.post(
                        "/api/users",
                        admin,
                        Map.of("username", "svc.name", "password", "long-enough-1", "roles", List.of("SERVICE"))),
                400);
        assertProblem(http.get("/api/audit?page=-1", admin), 400);
        assertProblem(http.get("/api/nothing-here", admin), 404);
    }

    @Test
    void operationalEndpointsAreOpen() {
        assertThat(http.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/prometheus", null).raw().body()).contains("ita_outbox_unpublished");
        assertThat(http.get("/v3/api-docs", null).raw().body()).contains("/api/tenants");
    }
}
