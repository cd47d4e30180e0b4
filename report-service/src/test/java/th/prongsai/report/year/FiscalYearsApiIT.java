package th.prongsai.report.year;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import tools.jackson.databind.JsonNode;

/** {@code GET /t/{code}/api/fiscal-years}: the years with any data, newest first, each with its counts and report. */
class FiscalYearsApiIT extends ReportIntegrationTest {

    String code;
    String officer;

    @BeforeEach
    void tenant() {
        code = provisioned("fy", "80");
        officer = TestTokens.officer(code);
    }

    @Test
    void aNewTenantHasNoYears() {
        Api.Response response = api.tenant("GET", code, "/api/fiscal-years", officer, null);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json()).isEmpty();
    }

    @Test
    void everyYearWithDataNewestFirstWithItsCountsScoresAndReport() throws IOException {
        importDemo("tha-phae-2566.json");
        importDemo("tha-phae-2567.json");
        assertThat(api.tenant("POST", code, "/api/fiscal-years/2567/report/submit", officer, Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(api.tenant(
                                "POST",
                                code,
                                "/api/fiscal-years/2567/report/approve",
                                TestTokens.approver(code, "HEAD_OF_OFFICE"),
                                Map.of())
                        .status())
                .isEqualTo(200);
        create(2568, Map.of("title", "ก"));
        create(2568, Map.of("title", "ข"));
        create(2568, Map.of("title", "ค", "status", "DONE"));
        assertThat(api.tenant(
                                "POST",
                                code,
                                "/api/fiscal-years/2569/themes",
                                officer,
                                Map.of("number", 1, "title", "ประเด็นปีหน้า"))
                        .status())
                .isEqualTo(201);

        JsonNode years = list(officer);

        assertThat(years.valueStream()
                        .map(year -> year.get("fiscalYear").asInt())
                        .toList())
                .containsExactly(2569, 2568, 2567, 2566);
        JsonNode themesOnly = years.get(0);
        assertThat(themesOnly.get("measures").asLong()).isZero();
        assertThat(themesOnly.get("hasScores").asBoolean()).isFalse();
        assertThat(themesOnly.get("report").isNull()).isTrue();
        assertThat(themesOnly.get("measuresByStatus").get("PLANNED").asLong()).isZero();
        JsonNode next = years.get(1);
        assertThat(next.get("measures").asLong()).isEqualTo(3);
        assertThat(Api.JSON.convertValue(next.get("measuresByStatus"), Map.class))
                .isEqualTo(Map.of("PLANNED", 2, "IN_PROGRESS", 0, "DONE", 1, "NOT_DONE", 0));
        assertThat(next.get("report").isNull()).isTrue();

        JsonNode current = years.get(2);
        int measures2567 = api.tenant("GET", code, "/api/fiscal-years/2567/measures?size=500", officer, null)
                .json()
                .size();
        assertThat(current.get("measures").asLong()).isEqualTo(measures2567).isPositive();
        assertThat(current.get("hasScores").asBoolean()).isTrue();
        assertThat(current.get("report").get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(current.get("report").get("nextApprover").asString())
                .as("the clerk's inbox")
                .isEqualTo("CLERK");
        assertThat(current.get("report"))
                .as("the same object as report/status")
                .isEqualTo(api.tenant("GET", code, "/api/fiscal-years/2567/report/status", officer, null)
                        .json());
        assertThat(years.get(3).get("hasScores").asBoolean()).isTrue();
        assertThat(years.get(3).get("report").isNull()).isTrue();

        // Every role that may read the tenant sees the same list.
        for (String reader : List.of(
                TestTokens.municipalAdmin(code),
                TestTokens.approver(code, "MAYOR"),
                TestTokens.provincialOfficer("80"),
                TestTokens.nationalAdmin())) {
            assertThat(list(reader)).isEqualTo(years);
        }
    }

    @Test
    void anEditAfterSubmissionShowsTheReportAsADraftHere() throws IOException {
        importDemo("tha-phae-2566.json");
        importDemo("tha-phae-2567.json");
        assertThat(api.tenant("POST", code, "/api/fiscal-years/2567/report/submit", officer, Map.of())
                        .status())
                .isEqualTo(200);
        create(2567, Map.of("title", "เพิ่มหลังเสนอ"));

        JsonNode report = list(officer).get(0).get("report");

        assertThat(report.get("status").asString()).isEqualTo("DRAFT");
        assertThat(report.get("dataChangedSinceSubmission").asBoolean()).isTrue();
        assertThat(report.get("nextApprover").isNull()).isTrue();
    }

    @Test
    void anotherTenantSeesNoneOfIt() {
        create(2568, Map.of("title", "ของ A"));
        String other = provisioned("fy-b", "80");

        assertThat(api.tenant("GET", other, "/api/fiscal-years", TestTokens.officer(other), null)
                        .json())
                .isEmpty();
        assertThat(api.tenant("GET", code, "/api/fiscal-years", TestTokens.officer(other), null)
                        .status())
                .as("B's officer on A's path")
                .isEqualTo(403);
        assertThat(api.tenant("GET", code, "/api/fiscal-years", TestTokens.provincialOfficer("23"), null)
                        .status())
                .as("another province")
                .isEqualTo(403);
        assertThat(api.tenant("GET", code, "/api/fiscal-years", null, null).status())
                .isEqualTo(401);
        assertThat(api.send("GET", "/t/" + code + "/api/fiscal-years", officer, null, null)
                        .status())
                .as("not through the gateway")
                .isEqualTo(403);
    }

    @Test
    void badRequestsAre4xxProblems() {
        Api.Response badCode = api.send("GET", "/t/Not_A_Code/api/fiscal-years", officer, "Not_A_Code", null);
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.json().get("type").asString()).isNotBlank();
        Api.Response post = api.tenant("POST", code, "/api/fiscal-years", officer, Map.of());
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.contentType()).startsWith("application/problem+json");
    }

    private JsonNode list(String token) {
        Api.Response response = api.tenant("GET", code, "/api/fiscal-years", token, null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private void create(int fiscalYear, Map<String, Object> body) {
        Api.Response response =
                api.tenant("POST", code, "/api/fiscal-years/" + fiscalYear + "/measures", officer, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private void importDemo(String file) throws IOException {
        JsonNode document = Api.JSON.readTree(Files.readString(Path.of("..", "deploy", "demo", "fiscal-years", file)));
        assertThat(api.tenant(
                                "PUT",
                                code,
                                "/api/fiscal-years/"
                                        + document.get("fiscalYear").asInt() + "/import",
                                officer,
                                document)
                        .status())
                .isEqualTo(200);
    }
}
