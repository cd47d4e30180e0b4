package th.prongsai.report.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;

/**
 * Every table added for the fiscal year's work (scores, themes, measure details, attachments, audit log) stays in
 * its tenant's schema: another tenant sees none of it, by list, by id or by export.
 */
class FiscalYearDataIsolationIT extends ReportIntegrationTest {

    static final List<String> TABLES = List.of(
            "score_sheets",
            "indicator_scores",
            "themes",
            "measures",
            "measure_departments",
            "measure_progress_notes",
            "measure_evidence_links",
            "measure_attachments",
            "audit_log",
            "departments");

    @Test
    void anotherTenantSeesNoneOfIt() {
        String a = provisioned("iso-a", "23");
        String b = provisioned("iso-b", "23");
        String tokenA = TestTokens.officer(a);
        String tokenB = TestTokens.officer(b);
        Map<String, Object> indicators =
                Map.of("1", 90, "2", 90, "3", 90, "4", 90, "5", 90, "6", 90, "7", 90, "8", 90, "9", 90, "10", 90);
        assertThat(api.tenant("PUT", a, "/api/fiscal-years/2567/scores", tokenA, Map.of("indicators", indicators))
                        .status())
                .isEqualTo(200);
        long department = api.tenant("POST", a, "/api/departments", tokenA, Map.of("name", "กองช่าง"))
                .json()
                .get("id")
                .asLong();
        long theme = api.tenant(
                        "POST",
                        a,
                        "/api/fiscal-years/2567/themes",
                        tokenA,
                        Map.of("number", 1, "title", "ประเด็นของ A"))
                .json()
                .get("id")
                .asLong();
        Api.Response measure = api.tenant(
                "POST",
                a,
                "/api/fiscal-years/2567/measures",
                tokenA,
                Map.of(
                        "number",
                        1,
                        "title",
                        "มาตรการของ A",
                        "themeId",
                        theme,
                        "departmentIds",
                        List.of(department),
                        "status",
                        "DONE",
                        "progressNotes",
                        List.of(Map.of("date", "2024-01-01", "note", "บันทึก")),
                        "evidenceLinks",
                        List.of(Map.of("url", "https://a.example/ita"))));
        assertThat(measure.status()).as(measure.toString()).isEqualTo(201);
        long id = measure.json().get("id").asLong();
        long file = api.upload(
                        a,
                        "/api/fiscal-years/2567/measures/" + id + "/attachments",
                        tokenA,
                        "a.png",
                        Base64.getDecoder()
                                .decode(
                                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="))
                .json()
                .get("id")
                .asLong();

        assertThat(api.tenant("GET", b, "/api/fiscal-years/2567/scores", tokenB, null)
                        .status())
                .isEqualTo(404);
        assertThat(api.tenant("GET", b, "/api/fiscal-years/2567/themes", tokenB, null)
                        .json())
                .isEmpty();
        assertThat(api.tenant("GET", b, "/api/fiscal-years/2567/measures", tokenB, null)
                        .json())
                .isEmpty();
        assertThat(api.tenant("GET", b, "/api/fiscal-years/2567/measures/" + id, tokenB, null)
                        .status())
                .isEqualTo(404);
        assertThat(api.tenant("GET", b, "/api/fiscal-years/2567/measures/" + id + "/attachments/" + file, tokenB, null)
                        .status())
                .isEqualTo(404);
        assertThat(api.tenant(
                                "PUT",
                                b,
                                "/api/fiscal-years/2567/themes/" + theme,
                                tokenB,
                                Map.of("number", 1, "title", "ยึด", "version", 0))
                        .status())
                .isEqualTo(404);
        assertThat(api.tenant("GET", b, "/api/audit-log", TestTokens.municipalAdmin(b), null)
                        .json())
                .isEmpty();
        assertThat(api.tenant("GET", b, "/api/fiscal-years/2567/export", tokenB, null)
                        .json()
                        .get("measures"))
                .isEmpty();
        assertThat(api.tenant(
                                "POST",
                                b,
                                "/api/fiscal-years/2567/measures",
                                tokenB,
                                Map.of(
                                        "number",
                                        1,
                                        "title",
                                        "x",
                                        "status",
                                        "PLANNED",
                                        "themeId",
                                        theme,
                                        "departmentIds",
                                        List.of(department)))
                        .status())
                .as("A's theme and department ids mean nothing in B")
                .isEqualTo(400);
        assertThat(api.tenant("GET", a, "/api/fiscal-years/2567/measures", tokenB, null)
                        .status())
                .as("B's officer on A's path")
                .isEqualTo(403);

        String schemaA = schemaOf(a);
        String schemaB = schemaOf(b);
        for (String table : TABLES) {
            assertThat(count(schemaA, table)).as("%s of A", table).isPositive();
            assertThat(count(schemaB, table)).as("%s of B", table).isZero();
        }
    }
}
