package th.prongsai.tenant.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.prongsai.tenant.Http;
import th.prongsai.tenant.RunningService;

/** Who sees which tenants and who may change them: national, provincial and municipal accounts. */
class TenantAccessIT extends RunningService {

    @Test
    void whoSeesWhichTenants() {
        String inTrat = onboard("23");
        String inTrang = onboard("92");

        List<String> adminSees = codes(http.get("/api/tenants?size=500", admin));
        assertThat(adminSees).contains(inTrat, inTrang);

        String provinceTrat = http.token("province.trat", "demo");
        Http.Response provincial = http.get("/api/tenants?size=500", provinceTrat);
        assertThat(codes(provincial)).contains(inTrat).doesNotContain(inTrang);
        provincial
                .json()
                .get("items")
                .forEach(t -> assertThat(t.get("province").asString()).isEqualTo("23"));
        assertThat(http.get("/api/tenants/" + inTrat, provinceTrat).status()).isEqualTo(200);
        assertProblem(http.get("/api/tenants/" + inTrang, provinceTrat), 403);

        String officer = http.token(inTrat + ".officer", "demo");
        assertThat(codes(http.get("/api/tenants", officer))).containsExactly(inTrat);
        assertThat(http.get("/api/tenants/" + inTrat, officer).status()).isEqualTo(200);
        assertProblem(http.get("/api/tenants/" + inTrang, officer), 403);

        String municipalAdmin = http.token(inTrat + ".admin", "demo");
        assertProblem(http.post("/api/tenants", municipalAdmin, tenant(uniqueCode(), "23")), 403);
        assertProblem(http.post("/api/tenants", provinceTrat, tenant(uniqueCode(), "23")), 403);
        assertProblem(http.post("/api/tenants/" + inTrat + "/suspend", provinceTrat, null), 403);
        assertProblem(http.post("/api/tenants/" + inTrat + "/suspend", municipalAdmin, null), 403);
        assertProblem(http.get("/api/audit", municipalAdmin), 403);
        assertProblem(http.get("/api/users", officer), 403);
        assertThat(http.get("/api/tenants/" + inTrat, admin)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");
    }
}
