package th.prongsai.report.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/**
 * The admin changes the approval chain while a report is in flight: the report keeps the chain it was submitted
 * under (approve, reject, status and publish use it), the next submission goes up the new one.
 */
class ApprovalChainChangeIT extends ReportIntegrationTest {

    String code;
    String officer;
    String admin;

    @BeforeEach
    void thaPhae() throws IOException {
        code = provisioned("chain", "80");
        officer = TestTokens.officer(code);
        admin = TestTokens.municipalAdmin(code);
        JsonNode document = Api.JSON.readTree(
                Files.readString(Path.of("..", "deploy", "demo", "fiscal-years", "tha-phae-2567.json")));
        assertThat(api.tenant("PUT", code, "/api/fiscal-years/2567/import", officer, document)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aChainChangedAfterApprovalLeavesTheApprovedReportPublishable() {
        ok(post("submit", officer, Map.of("template", "tha-phae-2567")));
        for (String position : List.of("HEAD_OF_OFFICE", "CLERK", "MAYOR")) {
            ok(post("approve", approver(position), Map.of("comment", "เห็นชอบ " + position)));
        }
        chain(List.of("CLERK", "MAYOR")); // a step removed
        assertThat(textList(status().get("chain")))
                .as("the report's own chain")
                .containsExactly("HEAD_OF_OFFICE", "CLERK", "MAYOR");
        chain(List.of("HEAD_OF_OFFICE", "CLERK", "MAYOR")); // and one added back after another change
        chain(List.of("MAYOR", "HEAD_OF_OFFICE"));

        Api.Response published = post("publish", admin, null);
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        JsonNode status = status();
        assertThat(status.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(states(status)).containsExactly("APPROVED", "APPROVED", "APPROVED");
        assertThat(status.get("history").findValuesAsString("type"))
                .containsExactly("SUBMITTED", "APPROVED", "APPROVED", "APPROVED", "PUBLISHED");
        assertThat(positions(status)).containsExactly("HEAD_OF_OFFICE", "CLERK", "MAYOR");
        assertThat(new String(publicHtml(), StandardCharsets.UTF_8))
                .as("the memo names the submitted chain")
                .contains("เห็นชอบ HEAD_OF_OFFICE", "เห็นชอบ CLERK", "เห็นชอบ MAYOR");

        // The next submission goes up the chain as it is now.
        Map<String, Object> edit = firstMeasure();
        edit.put("title", "ฉบับปรับปรุง");
        ok(api.tenant("PUT", code, "/api/fiscal-years/2567/measures/" + edit.get("id"), officer, edit));
        JsonNode again =
                post("submit", officer, Map.of("template", "tha-phae-2567")).json();
        assertThat(textList(again.get("chain"))).containsExactly("MAYOR", "HEAD_OF_OFFICE");
        assertThat(again.get("nextApprover").asString()).isEqualTo("MAYOR");
    }

    @Test
    void aChainChangedMidWayKeepsTheRemainingStepsOfTheSubmittedChain() {
        ok(post("submit", officer, Map.of("template", "tha-phae-2567")));
        ok(post("approve", approver("HEAD_OF_OFFICE"), Map.of()));
        chain(List.of("MAYOR")); // CLERK taken out, MAYOR first

        JsonNode status = status();
        assertThat(status.get("nextApprover").asString()).isEqualTo("CLERK");
        assertThat(states(status)).containsExactly("APPROVED", "CURRENT", "WAITING");
        assertThat(post("approve", approver("MAYOR"), Map.of()).status())
                .as("not the mayor's turn yet")
                .isEqualTo(403);
        ok(post("approve", approver("CLERK"), Map.of()));
        assertThat(post("approve", approver("MAYOR"), Map.of())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("APPROVED");
        chain(List.of("HEAD_OF_OFFICE", "CLERK", "MAYOR"));
        chain(List.of("CLERK"));

        Api.Response published = post("publish", admin, null);
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(positions(status())).containsExactly("HEAD_OF_OFFICE", "CLERK", "MAYOR");
    }

    @Test
    void aChainGrownMidWayAddsNoStepToTheReportInFlight() {
        chain(List.of("CLERK"));
        ok(post("submit", officer, Map.of("template", "tha-phae-2567")));
        chain(List.of("HEAD_OF_OFFICE", "CLERK", "MAYOR"));
        JsonNode approved = post("approve", approver("CLERK"), Map.of()).json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(textList(approved.get("chain"))).containsExactly("CLERK");
        assertThat(post("publish", admin, null).status()).isEqualTo(201);
    }

    @Test
    void aRejectionIsMadeAtTheSubmittedChainsStep() {
        ok(post("submit", officer, Map.of("template", "tha-phae-2567")));
        chain(List.of("MAYOR"));
        assertThat(post("reject", approver("MAYOR"), Map.of("reason", "ไม่ใช่ลำดับ"))
                        .status())
                .isEqualTo(403);
        JsonNode rejected = post("reject", approver("HEAD_OF_OFFICE"), Map.of("reason", "ขาดหลักฐาน"))
                .json();
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(states(rejected)).containsExactly("REJECTED", "WAITING", "WAITING");
        JsonNode again =
                post("submit", officer, Map.of("template", "tha-phae-2567")).json();
        assertThat(textList(again.get("chain"))).containsExactly("MAYOR");
    }

    private void chain(List<String> positions) {
        ok(api.tenant(
                "PUT", code, "/api/report-settings", admin, Map.of("approvalChain", positions, "letterPrefix", "สป.")));
    }

    private Map<String, Object> firstMeasure() {
        JsonNode measure = api.tenant("GET", code, "/api/fiscal-years/2567/measures?size=1", officer, null)
                .json()
                .get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> edit = Api.JSON.convertValue(measure, Map.class);
        return edit;
    }

    private byte[] publicHtml() {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/public/" + code
                                            + "/reports/2567?format=html"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode status() {
        Api.Response response = api.tenant("GET", code, "/api/fiscal-years/2567/report/status", officer, null);
        ok(response);
        return response.json();
    }

    private static List<String> states(JsonNode status) {
        return status.get("steps").findValuesAsString("state");
    }

    /** The positions of the history's decisions. */
    private static List<String> positions(JsonNode status) {
        return status.get("history").findValuesAsString("position").stream()
                .filter(p -> !p.isEmpty())
                .toList();
    }

    private static List<String> textList(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private String approver(String position) {
        return TestTokens.approver(code, position);
    }

    private Api.Response post(String action, String token, Object body) {
        return api.tenant("POST", code, "/api/fiscal-years/2567/report/" + action, token, body);
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isLessThan(300);
        return response;
    }
}
