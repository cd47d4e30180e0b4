package th.prongsai.report.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;

/** libs/tenancy's guard in front of report-service's tenant routes: who may reach which tenant. */
class TenantGuardIT extends ReportIntegrationTest {

    private static final String LIST = "/api/departments";
    private static final Map<String, String> DEPARTMENT = Map.of("name", "กองคลัง");

    String trat;
    String tratNeighbour;
    String trang;

    @BeforeEach
    void tenants() {
        trat = provisioned("g-trat", "23");
        tratNeighbour = provisioned("g-klong", "23");
        trang = provisioned("g-trang", "92");
    }

    @Test
    void ownTenantIsServed() {
        assertThat(api.tenant("GET", trat, LIST, TestTokens.officer(trat), null).status())
                .isEqualTo(200);
        assertThat(api.tenant("POST", trat, LIST, TestTokens.municipalAdmin(trat), DEPARTMENT)
                        .status())
                .isEqualTo(201);
        assertThat(api.tenant("GET", trang, LIST, TestTokens.nationalAdmin(), null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anotherTenantIsRefused() {
        Api.Response response = api.tenant("GET", trang, LIST, TestTokens.officer(trat), null);

        assertForbidden(response);
        assertForbidden(api.tenant("POST", tratNeighbour, LIST, TestTokens.municipalAdmin(trat), DEPARTMENT));
        assertThat(count(schemaOf(tratNeighbour), "departments")).isZero();
    }

    @Test
    void provincialOfficersReadTheirProvinceOnly() {
        String officer23 = TestTokens.provincialOfficer("23");

        assertThat(api.tenant("GET", trat, LIST, officer23, null).status()).isEqualTo(200);
        assertThat(api.tenant("GET", tratNeighbour, LIST, officer23, null).status())
                .isEqualTo(200);
        assertForbidden(api.tenant("GET", trang, LIST, officer23, null));
        assertForbidden(api.tenant("POST", trat, LIST, officer23, DEPARTMENT));
        assertForbidden(api.tenant(
                "POST",
                trat,
                "/api/fiscal-years/2568/measures",
                officer23,
                Map.of("number", 1, "title", "x", "status", "PLANNED")));
        assertThat(count(schemaOf(trat), "departments")).isZero();
    }

    @Test
    void theGatewayHeaderMustNameThePathTenant() {
        String token = TestTokens.officer(trat);

        assertForbidden(api.send("GET", "/t/" + trat + LIST, token, trang, null));
        assertForbidden(api.send("GET", "/t/" + trat + LIST, token, null, null));
        assertForbidden(api.send("GET", "/t/" + trat + LIST, token, trat.toUpperCase(), null));
    }

    @Test
    void aDirectCallWithASelfSetTenantHeaderIsRefused() {
        String token = TestTokens.officer(trat);
        Api.Response direct = api.sendWithHeaders("GET", "/t/" + trat + LIST, token, Map.of("X-Tenant-Id", trat), null);

        assertForbidden(direct);
        assertThat(direct.json().get("type").asString())
                .isEqualTo("https://prongsai.th/problems/not-through-the-gateway");
        // the gateway's proof is for one caller's token: another token cannot reuse it
        Map<String, String> forOther = new HashMap<>(Api.gatewayHeaders(trat, TestTokens.nationalAdmin()));
        assertForbidden(api.sendWithHeaders("POST", "/t/" + trat + LIST, token, forOther, DEPARTMENT));
        assertThat(count(schemaOf(trat), "departments")).isZero();
    }

    @Test
    void servicesAreNotTenantUsers() {
        assertForbidden(api.tenant("GET", trat, LIST, TestTokens.service(), null));
    }

    @Test
    void badTenantCodesAreRefusedWith400() {
        String token = TestTokens.nationalAdmin();
        for (String bad : List.of(
                "TRAT",
                "trat;drop",
                "..",
                "x".repeat(60),
                "%E0%B8%95%E0%B8%A3%E0%B8%B2%E0%B8%94",
                "t",
                "trat_x",
                "-trat",
                "trat%20x")) {
            Api.Response response = api.send("GET", "/t/" + bad + LIST, token, bad, null);
            assertThat(response.status()).as("code %s: %s", bad, response).isEqualTo(400);
            assertThat(response.contentType()).as("code %s", bad).startsWith("application/problem+json");
        }
    }

    @Test
    void unknownTenantIs404() {
        Api.Response response = api.tenant("GET", "nowhere-" + trat, LIST, TestTokens.nationalAdmin(), null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asString()).isEqualTo("Unknown tenant");
    }

    @Test
    void noOrBadTokenIs401() {
        for (String token : new String[] {null, "not-a-jwt", TestTokens.forged(trat), TestTokens.wrongIssuer()}) {
            Api.Response response = api.tenant("GET", trat, LIST, token, null);
            assertThat(response.status()).as("token %s", token).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void suspendedTenantIsRefused() {
        jdbc.update("UPDATE reporting.tenant_schemas SET status = 'SUSPENDED' WHERE code = ?", trat);

        assertForbidden(api.tenant("GET", trat, LIST, TestTokens.officer(trat), null));
        assertForbidden(api.tenant("GET", trat, LIST, TestTokens.nationalAdmin(), null));
    }

    private static void assertForbidden(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(403);
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }
}
