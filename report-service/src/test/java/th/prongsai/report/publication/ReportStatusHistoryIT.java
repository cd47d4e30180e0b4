package th.prongsai.report.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import tools.jackson.databind.JsonNode;

/** {@code report/status}: the chain in this round, who submitted, and every submission, decision and publication. */
class ReportStatusHistoryIT extends ReportIntegrationTest {

    String code;
    String officer;

    @BeforeEach
    void thaPhae() throws IOException {
        code = provisioned("hist", "80");
        officer = TestTokens.officer(code);
        for (String file : new String[] {"tha-phae-2566.json", "tha-phae-2567.json"}) {
            JsonNode document =
                    Api.JSON.readTree(Files.readString(Path.of("..", "deploy", "demo", "fiscal-years", file)));
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

    @Test
    void theChainAndTheHistoryThroughRejectionResubmissionAndPublication() {
        JsonNode draft = status(officer);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(states(draft)).containsExactly("WAITING", "WAITING", "WAITING");
        assertThat(draft.get("steps").get(0).get("positionTh").asString()).isEqualTo("หัวหน้าสำนักปลัดเทศบาล");
        assertThat(draft.get("history")).isEmpty();
        assertThat(draft.get("submittedBy").isNull()).isTrue();
        assertThat(draft.get("approvedSteps").asInt()).isZero();

        post("submit", officer, Map.of("template", "tha-phae-2567"));
        JsonNode submitted = status(officer);
        assertThat(submitted.get("submittedBy").asString()).isEqualTo(code + ".officer");
        assertThat(submitted.get("submittedAt").isNull()).isFalse();
        assertThat(submitted.get("nextApprover").asString()).isEqualTo("HEAD_OF_OFFICE");
        assertThat(submitted.get("nextApproverTh").asString()).isEqualTo("หัวหน้าสำนักปลัดเทศบาล");
        assertThat(states(submitted)).containsExactly("CURRENT", "WAITING", "WAITING");

        post("approve", approver("HEAD_OF_OFFICE"), Map.of("comment", "เห็นควรเสนอ"));
        JsonNode approvedOnce = status(officer);
        assertThat(approvedOnce.get("approvedSteps").asInt()).isEqualTo(1);
        assertThat(states(approvedOnce)).containsExactly("APPROVED", "CURRENT", "WAITING");
        JsonNode head = approvedOnce.get("steps").get(0);
        assertThat(head.get("actor").asString()).isEqualTo(code + ".head_of_office");
        assertThat(head.get("comment").asString()).isEqualTo("เห็นควรเสนอ");
        assertThat(head.get("decidedAt").isNull()).isFalse();

        post("reject", approver("CLERK"), Map.of("reason", "ขาดหลักฐาน"));
        JsonNode rejected = status(officer);
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("nextApprover").isNull()).isTrue();
        assertThat(states(rejected)).containsExactly("APPROVED", "REJECTED", "WAITING");
        assertThat(rejected.get("steps").get(1).get("comment").asString()).isEqualTo("ขาดหลักฐาน");
        assertThat(types(rejected)).containsExactly("SUBMITTED", "APPROVED", "REJECTED");
        assertThat(rejected.get("history").get(2).get("actor").asString()).isEqualTo(code + ".clerk");
        assertThat(rejected.get("history").get(2).get("positionTh").asString()).isEqualTo("ปลัดเทศบาล");

        post("submit", officer, Map.of("template", "tha-phae-2567"));
        JsonNode again = status(officer);
        assertThat(states(again)).as("a new round").containsExactly("CURRENT", "WAITING", "WAITING");
        assertThat(Instant.parse(again.get("submittedAt").asString()))
                .isAfter(Instant.parse(submitted.get("submittedAt").asString()));
        for (String position : new String[] {"HEAD_OF_OFFICE", "CLERK", "MAYOR"}) {
            assertThat(post("approve", approver(position), Map.of()).status()).isEqualTo(200);
        }
        assertThat(post("publish", TestTokens.municipalAdmin(code), null).status())
                .isEqualTo(201);

        JsonNode published = status(TestTokens.provincialOfficer("80"));
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(states(published)).containsExactly("APPROVED", "APPROVED", "APPROVED");
        assertThat(published.get("approvedSteps").asInt()).isEqualTo(3);
        assertThat(types(published))
                .containsExactly(
                        "SUBMITTED",
                        "APPROVED",
                        "REJECTED",
                        "SUBMITTED",
                        "APPROVED",
                        "APPROVED",
                        "APPROVED",
                        "PUBLISHED");
        JsonNode publication = published.get("history").get(7);
        assertThat(publication.get("actor").asString()).isEqualTo(code + ".admin");
        assertThat(publication.get("version").asInt()).isEqualTo(1);
        assertThat(published.get("decisions"))
                .as("the existing field is unchanged")
                .hasSize(5);
        assertThat(published.get("versions")).hasSize(1);
    }

    @Test
    void editingAfterSubmissionShowsADraftChain() {
        post("submit", officer, Map.of());
        post("approve", approver("HEAD_OF_OFFICE"), Map.of());
        JsonNode measure = api.tenant("GET", code, "/api/fiscal-years/2567/measures?size=1", officer, null)
                .json()
                .get(0);
        Map<String, Object> edit = Api.JSON.convertValue(measure, Map.class);
        edit.put("title", "แก้ไขหลังเสนอ");
        assertThat(api.tenant(
                                "PUT",
                                code,
                                "/api/fiscal-years/2567/measures/"
                                        + measure.get("id").asLong(),
                                officer,
                                edit)
                        .status())
                .isEqualTo(200);

        JsonNode status = status(officer);
        assertThat(status.get("status").asString()).isEqualTo("DRAFT");
        assertThat(status.get("dataChangedSinceSubmission").asBoolean()).isTrue();
        assertThat(status.get("approvedSteps").asInt()).isZero();
        assertThat(states(status)).containsExactly("WAITING", "WAITING", "WAITING");
        assertThat(types(status)).as("the history stays").containsExactly("SUBMITTED", "APPROVED");
    }

    @Test
    void anotherTenantSeesNoneOfItAndBadYearsAre400() {
        post("submit", officer, Map.of());
        String other = provisioned("hist-b", "80");

        JsonNode theirs = api.tenant(
                        "GET", other, "/api/fiscal-years/2567/report/status", TestTokens.officer(other), null)
                .json();
        assertThat(theirs.get("status").asString()).isEqualTo("DRAFT");
        assertThat(theirs.get("history")).isEmpty();
        assertThat(theirs.get("submittedBy").isNull()).isTrue();
        assertThat(api.tenant("GET", code, "/api/fiscal-years/2567/report/status", TestTokens.officer(other), null)
                        .status())
                .isEqualTo(403);
        assertThat(api.tenant(
                                "GET",
                                code,
                                "/api/fiscal-years/2567/report/status",
                                TestTokens.provincialOfficer("23"),
                                null)
                        .status())
                .as("another province")
                .isEqualTo(403);
        assertInvalid(api.tenant("GET", code, "/api/fiscal-years/abc/report/status", officer, null), "fy");
        assertInvalid(api.tenant("GET", code, "/api/fiscal-years/2499/report/status", officer, null), "fiscalYear");
    }

    private JsonNode status(String token) {
        Api.Response response = api.tenant("GET", code, "/api/fiscal-years/2567/report/status", token, null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> states(JsonNode status) {
        return status.get("steps").findValuesAsString("state");
    }

    private static List<String> types(JsonNode status) {
        return status.get("history").findValuesAsString("type");
    }

    private String approver(String position) {
        return TestTokens.approver(code, position);
    }

    private Api.Response post(String action, String token, Object body) {
        Api.Response response = api.tenant("POST", code, "/api/fiscal-years/2567/report/" + action, token, body);
        assertThat(response.status()).as(action + ": " + response).isLessThan(300);
        return response;
    }
}
