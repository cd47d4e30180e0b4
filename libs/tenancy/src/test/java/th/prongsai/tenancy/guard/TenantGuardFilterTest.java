package th.prongsai.tenancy.guard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.ServerHttpObservationFilter;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.PlatformClaims;
import th.prongsai.tenancy.Role;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenancy.TenantRefusal;
import th.prongsai.tenancy.context.TenantContext;
import tools.jackson.databind.json.JsonMapper;

class TenantGuardFilterTest {

    private static final Map<String, TenantDirectory.Entry> TENANTS = Map.of(
            "trat", new TenantDirectory.Entry("23", TenantDirectory.Status.ACTIVE),
            "trang", new TenantDirectory.Entry("92", TenantDirectory.Status.ACTIVE),
            "closed", new TenantDirectory.Entry("23", TenantDirectory.Status.SUSPENDED),
            "behind", new TenantDirectory.Entry("23", TenantDirectory.Status.UNAVAILABLE));
    private static final TenantDirectory DIRECTORY = code -> Optional.ofNullable(TENANTS.get(code.value()));
    private static final GatewayProof PROOF = GatewayProof.withSecret(GatewayProofTest.SECRET);
    private static final String TOKEN = "the-callers-token";

    private final AtomicReference<String> seenTenant = new AtomicReference<>();
    private final AtomicReference<String> seenMdc = new AtomicReference<>();
    private final FilterChain chain = (request, response) -> {
        seenTenant.set(TenantContext.require().value());
        seenMdc.set(MDC.get(TenantGuardFilter.MDC_TENANT));
    };

    @Test
    void ownTenantRunsInsideTheTenantContextWithMdc() throws Exception {
        MockHttpServletResponse response = run(officer("trat"), "GET", "/t/trat/api/measures", "trat");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(seenTenant.get()).isEqualTo("trat");
        assertThat(seenMdc.get()).isEqualTo("trat");
        assertThat(TenantContext.current()).isEmpty();
        assertThat(MDC.get(TenantGuardFilter.MDC_TENANT)).isNull();
    }

    @Test
    void theTenantGoesOnTheTraceSpanButNotOnMetrics() throws Exception {
        MockHttpServletRequest request = throughTheGateway("GET", "/t/trat/api", "trat");
        MockHttpServletResponse response = new MockHttpServletResponse();
        ServerRequestObservationContext observation = new ServerRequestObservationContext(request, response);
        request.setAttribute(ServerHttpObservationFilter.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE, observation);

        new TenantGuardFilter(DIRECTORY, () -> Optional.of(officer("trat")), PROOF, JsonMapper.shared())
                .doFilter(request, response, chain);

        assertThat(observation.getHighCardinalityKeyValue("tenant").getValue()).isEqualTo("trat");
        assertThat(observation.getLowCardinalityKeyValue("tenant")).isNull();
    }

    @Test
    void refusals() throws Exception {
        assertRefused(run(officer("trat"), "GET", "/t/TRAT/api", "TRAT"), 400);
        assertRefused(run(officer("trat"), "GET", "/t/x/api", "x"), 400);
        assertRefused(run(null, "GET", "/t/trat/api", "trat"), 401);
        assertRefused(run(officer("trat"), "GET", "/t/trat/api", "trang"), 403);
        assertRefused(run(officer("trat"), "GET", "/t/trat/api", null), 403);
        assertRefused(run(admin(), "GET", "/t/trang/api", "trat"), 403);
        assertRefused(run(officer("trat"), "GET", "/t/trang/api", "trang"), 403);
        assertRefused(run(provincial("23"), "GET", "/t/trang/api", "trang"), 403);
        assertRefused(run(provincial("23"), "POST", "/t/trat/api", "trat"), 403);
        assertRefused(run(admin(), "GET", "/t/nowhere/api", "nowhere"), 404);
        assertRefused(run(admin(), "GET", "/t/closed/api", "closed"), 403);
        assertRefused(run(admin(), "GET", "/t/behind/api", "behind"), 503);
    }

    @Test
    void eachRefusalIsWordedAsTheGatewayWordsIt() throws Exception {
        assertRefusal(run(officer("trat"), "GET", "/t/TRAT/api", "TRAT"), TenantRefusal.INVALID_TENANT_CODE);
        assertRefusal(run(null, "GET", "/t/trat/api", "trat"), TenantRefusal.NO_VALID_TOKEN);
        assertRefusal(run(officer("trat"), "GET", "/t/trat/api", null), TenantRefusal.NOT_THROUGH_THE_GATEWAY, "trat");
        assertRefusal(run(admin(), "GET", "/t/nowhere/api", "nowhere"), TenantRefusal.UNKNOWN_TENANT, "nowhere");
        assertRefusal(run(admin(), "GET", "/t/closed/api", "closed"), TenantRefusal.TENANT_SUSPENDED, "closed");
        assertRefusal(run(admin(), "GET", "/t/behind/api", "behind"), TenantRefusal.TENANT_UNAVAILABLE, "behind");
        assertRefusal(
                run(officer("trat"), "GET", "/t/trang/api", "trang"),
                TenantRefusal.ACCESS_REFUSED,
                "trang",
                "This account may not act on tenant trang");
    }

    @Test
    void allowedCallers() throws Exception {
        assertThat(run(provincial("23"), "GET", "/t/trat/api", "trat").getStatus())
                .isEqualTo(200);
        assertThat(run(admin(), "DELETE", "/t/trang/api/x", "trang").getStatus())
                .isEqualTo(200);
        assertThat(run(officer("trat"), "POST", "/t/trat", "trat").getStatus()).isEqualTo(200);
    }

    @Test
    void aSelfSetTenantHeaderIsNoProof() throws Exception {
        // a direct call dressed as the gateway's: the header names the path's tenant, but no proof
        MockHttpServletRequest direct = new MockHttpServletRequest("GET", "/t/trat/api");
        direct.addHeader(PlatformClaims.TENANT_HEADER, "trat");
        direct.addHeader("Authorization", "Bearer " + TOKEN);
        assertRefused(filter(admin(), direct), 403);

        // a proof the gateway made for another caller's token does not carry over
        MockHttpServletRequest replayed = throughTheGateway("GET", "/t/trat/api", "trat");
        replayed.removeHeader("Authorization");
        replayed.addHeader("Authorization", "Bearer another-token");
        MockHttpServletResponse response = filter(admin(), replayed);
        assertRefused(response, 403);
        assertThat(JsonMapper.shared()
                        .readTree(response.getContentAsByteArray())
                        .get("type")
                        .asString())
                .isEqualTo("https://prongsai.th/problems/not-through-the-gateway");
    }

    @Test
    void otherPathsAreNotGuarded() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new TenantGuardFilter(DIRECTORY, Optional::empty, PROOF, JsonMapper.shared())
                .doFilter(new MockHttpServletRequest("GET", "/internal/x"), response, (req, res) -> {});

        assertThat(response.getStatus()).isEqualTo(200);
    }

    private void assertRefused(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(JsonMapper.shared()
                        .readTree(response.getContentAsByteArray())
                        .get("status")
                        .asInt())
                .isEqualTo(status);
        assertThat(seenTenant.get())
                .as("the request never reached the application")
                .isNull();
    }

    private void assertRefusal(MockHttpServletResponse response, TenantRefusal refusal, Object... values)
            throws Exception {
        assertRefused(response, refusal.status().value());
        var problem = JsonMapper.shared().readTree(response.getContentAsByteArray());
        assertThat(problem.get("type").asString()).isEqualTo("https://prongsai.th/problems/" + refusal.slug());
        assertThat(problem.get("title").asString()).isEqualTo(refusal.title());
        assertThat(problem.get("detail").asString()).isEqualTo(refusal.detail(values));
    }

    /** A request as the gateway forwards it, with its proof for {@code proofTenant} (null: no proof at all). */
    private MockHttpServletResponse run(Caller caller, String method, String path, String proofTenant)
            throws Exception {
        return filter(caller, throughTheGateway(method, path, proofTenant));
    }

    private MockHttpServletResponse filter(Caller caller, MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new TenantGuardFilter(DIRECTORY, () -> Optional.ofNullable(caller), PROOF, JsonMapper.shared())
                .doFilter(request, response, chain);
        return response;
    }

    private static MockHttpServletRequest throughTheGateway(String method, String path, String proofTenant) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.addHeader("Authorization", "Bearer " + TOKEN);
        if (proofTenant != null) {
            request.addHeader(PlatformClaims.TENANT_HEADER, proofTenant);
            request.addHeader(GatewayProof.HEADER, PROOF.of(proofTenant, TOKEN));
        }
        return request;
    }

    private static Caller officer(String tenant) {
        return new Caller(tenant + ".officer", Set.of(Role.MUNICIPAL_OFFICER), TenantCode.of(tenant), null);
    }

    private static Caller provincial(String province) {
        return new Caller("province." + province, Set.of(Role.PROVINCIAL_OFFICER), null, province);
    }

    private static Caller admin() {
        return new Caller("admin", Set.of(Role.NATIONAL_ADMIN), null, null);
    }
}
