package th.prongsai.report.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import th.prongsai.tenancy.Role;
import tools.jackson.databind.JsonNode;

/** Whoever submitted a report cannot approve or reject that submission; the history says who approved each step. */
class SegregationOfDutiesIT extends ReportIntegrationTest {

    String code;
    String schema;
    /** A head of office who also prepares reports: submits, and so may not decide on that submission. */
    String headWhoSubmits;

    @BeforeEach
    void thaPhae() throws IOException {
        code = provisioned("sod", "80");
        schema = schemaOf(code);
        headWhoSubmits =
                TestTokens.person(code, code + ".somchai", Role.MUNICIPAL_OFFICER, "HEAD_OF_OFFICE", "สมชาย ใจดี");
        JsonNode document = Api.JSON.readTree(
                Files.readString(Path.of("..", "deploy", "demo", "fiscal-years", "tha-phae-2567.json")));
        assertThat(api.tenant("PUT", code, "/api/fiscal-years/2567/import", headWhoSubmits, document)
                        .status())
                .isEqualTo(200);
        Api.Response submitted = post("submit", headWhoSubmits, Map.of("template", "tha-phae-2567"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    @Test
    void theSubmitterCannotApproveOrRejectTheirOwnSubmission() {
        int decisions = count(schema, "report_decisions");
        for (Api.Response refused : new Api.Response[] {
            post("approve", headWhoSubmits, Map.of("comment", "เห็นชอบ")),
            post("reject", headWhoSubmits, Map.of("reason", "ส่งกลับ")),
            // the same account whatever the case of the name in the token
            post(
                    "approve",
                    TestTokens.person(
                            code, (code + ".SomChai").toUpperCase(), Role.MUNICIPAL_OFFICER, "HEAD_OF_OFFICE", null),
                    Map.of())
        }) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("type").asString()).isEqualTo("https://prongsai.th/problems/self-approval");
            assertThat(refused.json().get("detail").asString()).contains("ท่านเป็นผู้เสนอรายงานฉบับนี้");
        }
        assertThat(count(schema, "report_decisions")).as("nothing stored").isEqualTo(decisions);
        JsonNode status = status();
        assertThat(status.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(status.get("nextApprover").asString()).isEqualTo("HEAD_OF_OFFICE");
        assertThat(status.get("approvedSteps").asInt()).isZero();
    }

    @Test
    void anotherPersonAtTheStepApprovesAndTheHistoryNamesThemAndWhen() {
        Instant before = Instant.now().minusSeconds(1);
        String otherHead =
                TestTokens.person(code, code + ".wilai", Role.MUNICIPAL_OFFICER, "HEAD_OF_OFFICE", "วิไล รักษ์ดี");
        assertThat(post("approve", otherHead, Map.of("comment", "เห็นควรเสนอ")).status())
                .isEqualTo(200);
        assertThat(post("approve", TestTokens.approver(code, "CLERK"), Map.of()).status())
                .as("a token with no name")
                .isEqualTo(200);

        JsonNode status = status();
        JsonNode head = status.get("steps").get(0);
        assertThat(head.get("state").asString()).isEqualTo("APPROVED");
        assertThat(head.get("actor").asString()).isEqualTo(code + ".wilai");
        assertThat(head.get("actorName").asString()).isEqualTo("วิไล รักษ์ดี");
        assertThat(Instant.parse(head.get("decidedAt").asString())).isAfter(before);
        JsonNode clerk = status.get("steps").get(1);
        assertThat(clerk.get("actor").asString()).isEqualTo(code + ".clerk");
        assertThat(clerk.get("actorName").isNull()).isTrue();

        JsonNode history = status.get("history");
        assertThat(history.findValuesAsString("type")).containsExactly("SUBMITTED", "APPROVED", "APPROVED");
        assertThat(history.get(0).get("actor").asString()).isEqualTo(code + ".somchai");
        assertThat(history.get(1).get("actor").asString()).isEqualTo(code + ".wilai");
        assertThat(history.get(1).get("actorName").asString()).isEqualTo("วิไล รักษ์ดี");
        assertThat(history.get(1).get("positionTh").asString()).isEqualTo("หัวหน้าสำนักปลัดเทศบาล");
        assertThat(history.get(1).get("at").isNull()).isFalse();

        assertThat(post("approve", TestTokens.approver(code, "MAYOR"), Map.of()).status())
                .isEqualTo(200);
        assertThat(post("publish", TestTokens.municipalAdmin(code), null).status())
                .isEqualTo(201);
        assertThat(publishedHtml())
                .as("the published memo names the approver")
                .contains("วิไล รักษ์ดี", code + ".clerk");
    }

    private String publishedHtml() {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/public/" + code
                                            + "/reports/2567?format=html"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSubmitterMayDecideOnSomeoneElsesLaterSubmission() {
        String officer = TestTokens.officer(code);
        assertThat(post(
                                "reject",
                                TestTokens.person(
                                        code, code + ".wilai", Role.MUNICIPAL_OFFICER, "HEAD_OF_OFFICE", null),
                                Map.of("reason", "แก้ไขตัวชี้วัด"))
                        .status())
                .isEqualTo(200);
        assertThat(post("submit", officer, Map.of("template", "tha-phae-2567")).status())
                .isEqualTo(200);
        Api.Response approved = post("approve", headWhoSubmits, Map.of());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    }

    private JsonNode status() {
        Api.Response response = api.tenant("GET", code, "/api/fiscal-years/2567/report/status", headWhoSubmits, null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private Api.Response post(String action, String token, Object body) {
        return api.tenant("POST", code, "/api/fiscal-years/2567/report/" + action, token, body);
    }
}
