package th.prongsai.report.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import th.prongsai.report.measure.AttachmentService;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import tools.jackson.databind.JsonNode;

/** Draft → submitted → approved in order → published; the public URL serves exactly the published bytes. */
class ReportPublicationIT extends ReportIntegrationTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    String code;
    String officer;

    @BeforeEach
    void thaPhae() throws IOException {
        code = provisioned("pub", "80");
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
    void aReportGoesUpTheChainAndItsPublicUrlServesThePublishedBytes() throws Exception {
        assertThat(publicGet("/reports/2567", null).statusCode())
                .as("nothing published yet")
                .isEqualTo(404);

        assertThat(post("submit", officer, Map.of("template", "tha-phae-2567"))
                        .json()
                        .get("nextApprover")
                        .asString())
                .isEqualTo("HEAD_OF_OFFICE");
        assertThat(post("approve", approver("CLERK"), Map.of()).status())
                .as("not the clerk's turn")
                .isEqualTo(403);
        assertThat(post("approve", approver("HEAD_OF_OFFICE"), Map.of("comment", "เห็นควรเผยแพร่"))
                        .json()
                        .get("nextApprover")
                        .asString())
                .isEqualTo("CLERK");
        post("approve", approver("CLERK"), Map.of("comment", "ชอบ"));
        JsonNode approved = post("approve", approver("MAYOR"), Map.of()).json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(post("publish", officer, null).status())
                .as("only the tenant's admin publishes")
                .isEqualTo(403);

        Api.Response published = post("publish", TestTokens.municipalAdmin(code), null);

        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(published.json().get("version").asInt()).isEqualTo(1);
        String sha = published.json().get("sha256").asString();
        String url = published.json().get("publicUrl").asString();
        assertThat(url).isEqualTo("/public/" + code + "/reports/2567/versions/1");
        HttpResponse<byte[]> pdf = publicGet("/reports/2567/versions/1", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(AttachmentService.sha256(pdf.body())).isEqualTo(sha);
        assertThat(pdf.headers().firstValue("ETag")).hasValue("\"" + sha + "\"");
        assertThat(pdf.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
        assertThat(publicGet("/reports/2567/versions/1", "\"" + sha + "\"").statusCode())
                .isEqualTo(304);
        assertThat(publicGet("/reports/2567", null).body()).isEqualTo(pdf.body());
        HttpResponse<byte[]> html = publicGet("/reports/2567?format=html", null);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Security-Policy").orElse(""))
                .as("no script, nothing fetched")
                .startsWith("default-src 'none'")
                .contains("style-src 'unsafe-inline'")
                .doesNotContain("script-src");
        assertThat(html.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(pdf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(pdf.headers().firstValue("Content-Security-Policy"))
                .as("a policy can block a browser's PDF viewer")
                .isEmpty();
        Api.Response draft = api.tenant("GET", code, "/api/fiscal-years/2567/report?format=html", officer, null);
        assertThat(draft.header("Content-Security-Policy"))
                .isEqualTo(html.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(draft.header("X-Content-Type-Options")).isEqualTo("nosniff");

        String schema = schemaOf(code);
        assertThatThrownBy(() -> jdbc.update("UPDATE " + schema + ".report_version_files SET content = 'x'"))
                .as("a published version is immutable")
                .hasMessageContaining("immutable");

        // Editing the data afterwards: a new draft; republishing makes version 2 and keeps version 1.
        JsonNode measure = api.tenant("GET", code, "/api/fiscal-years/2567/measures?size=1", officer, null)
                .json()
                .get(0);
        Map<String, Object> edit = Api.JSON.convertValue(measure, Map.class);
        edit.put("outcome", "ผลลัพธ์ที่ปรับปรุงแล้ว");
        assertThat(api.tenant(
                                "PUT",
                                code,
                                "/api/fiscal-years/2567/measures/"
                                        + measure.get("id").asLong(),
                                officer,
                                edit)
                        .status())
                .isEqualTo(200);
        post("submit", officer, Map.of("template", "tha-phae-2567"));
        for (String position : new String[] {"HEAD_OF_OFFICE", "CLERK", "MAYOR"}) {
            assertThat(post("approve", approver(position), Map.of()).status()).isEqualTo(200);
        }
        Api.Response second = post("publish", TestTokens.municipalAdmin(code), null);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);
        assertThat(publicGet("/reports/2567/versions/1", null).body()).isEqualTo(pdf.body());
        assertThat(AttachmentService.sha256(publicGet("/reports/2567", null).body()))
                .isEqualTo(second.json().get("sha256").asString());
        assertThat(api.tenant("GET", code, "/api/fiscal-years/2567/report/status", officer, null)
                        .json()
                        .get("versions"))
                .hasSize(2);
    }

    @Test
    void rejectionAndChangesSendTheReportBack() {
        post("submit", officer, Map.of());
        assertInvalid(post("reject", approver("HEAD_OF_OFFICE"), Map.of()), "reason");
        JsonNode rejected = post("reject", approver("HEAD_OF_OFFICE"), Map.of("reason", "ขาดผลลัพธ์"))
                .json();
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(post("approve", approver("CLERK"), Map.of()).status()).isEqualTo(409);

        post("submit", officer, Map.of());
        JsonNode measure = api.tenant("GET", code, "/api/fiscal-years/2567/measures?size=1", officer, null)
                .json()
                .get(0);
        Map<String, Object> edit = Api.JSON.convertValue(measure, Map.class);
        edit.put("title", "แก้ไขหลังเสนอ");
        api.tenant(
                "PUT",
                code,
                "/api/fiscal-years/2567/measures/" + measure.get("id").asLong(),
                officer,
                edit);
        JsonNode status = api.tenant("GET", code, "/api/fiscal-years/2567/report/status", officer, null)
                .json();
        assertThat(status.get("status").asString()).isEqualTo("DRAFT");
        assertThat(status.get("dataChangedSinceSubmission").asBoolean()).isTrue();
        assertThat(post("approve", approver("HEAD_OF_OFFICE"), Map.of()).status())
                .isEqualTo(409);
        assertThat(post("submit", TestTokens.provincialOfficer("80"), Map.of()).status())
                .isEqualTo(403);
        assertInvalid(post("submit", officer, Map.of("digits", "roman")), "digits");
    }

    @Test
    void checksListWhatTheOitNeedsAndBlockAnIncompleteReport() {
        JsonNode empty = api.tenant("GET", code, "/api/fiscal-years/2568/report/checks", officer, null)
                .json();
        assertThat(empty.get("ready").asBoolean()).isFalse();
        assertThat(empty.get("findings").findValuesAsString("code")).contains("NO_MEASURES");
        Api.Response refused = api.tenant("POST", code, "/api/fiscal-years/2568/report/submit", officer, Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("findings").findValuesAsString("code")).contains("NO_MEASURES");

        api.tenant(
                "POST",
                code,
                "/api/fiscal-years/2568/measures",
                officer,
                Map.of(
                        "number",
                        1,
                        "title",
                        "ทบทวนแผนปีงบประมาณ พ.ศ. 2565",
                        "status",
                        "DONE",
                        "startMonth",
                        "2024-08",
                        "endMonth",
                        "2025-03"));
        JsonNode incomplete = api.tenant("GET", code, "/api/fiscal-years/2568/report/checks", officer, null)
                .json();
        assertThat(incomplete.get("findings").findValuesAsString("code"))
                .contains("MEASURE_WITHOUT_RESULT", "NO_OUTCOMES", "PERIOD_OUTSIDE_YEAR", "HEADING_YEAR_MISMATCH");

        JsonNode ready = api.tenant("GET", code, "/api/fiscal-years/2567/report/checks", officer, null)
                .json();
        assertThat(ready.get("ready").asBoolean()).as(ready.toString()).isTrue();
    }

    @Test
    void aTenantsOwnChainAndLetterPrefixAreUsed() throws Exception {
        assertThat(api.tenant(
                                "PUT",
                                code,
                                "/api/report-settings",
                                officer,
                                Map.of("approvalChain", List.of("MAYOR"), "letterPrefix", "x"))
                        .status())
                .as("the tenant's admin only")
                .isEqualTo(403);
        assertInvalid(
                api.tenant(
                        "PUT",
                        code,
                        "/api/report-settings",
                        TestTokens.municipalAdmin(code),
                        Map.of("approvalChain", List.of("MAYOR", "MAYOR", "JANITOR"), "letterPrefix", "")),
                "approvalChain",
                "approvalChain[2]",
                "letterPrefix");
        Api.Response set = api.tenant(
                "PUT",
                code,
                "/api/report-settings",
                TestTokens.municipalAdmin(code),
                Map.of("approvalChain", List.of("CLERK", "MAYOR"), "letterPrefix", "นศ 53301", "phone", "075 123 456"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);

        assertThat(post("submit", officer, Map.of("template", "tha-phae-2567", "digits", "arabic"))
                        .json()
                        .get("nextApprover")
                        .asString())
                .isEqualTo("CLERK");
        assertThat(post("approve", approver("HEAD_OF_OFFICE"), Map.of()).status())
                .isEqualTo(403);
        post("approve", approver("CLERK"), Map.of("comment", "เห็นควรอนุมัติ"));
        assertThat(post("approve", approver("MAYOR"), Map.of())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("APPROVED");
        post("publish", TestTokens.municipalAdmin(code), null);

        String html = new String(publicGet("/reports/2567?format=html", null).body(), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("นศ 53301/1/", "075 123 456", "เห็นควรอนุมัติ")
                .doesNotContain("หัวหน้าสำนักปลัดเทศบาล");
    }

    private String approver(String position) {
        return TestTokens.approver(code, position);
    }

    private Api.Response post(String action, String token, Object body) {
        return api.tenant("POST", code, "/api/fiscal-years/2567/report/" + action, token, body);
    }

    private HttpResponse<byte[]> publicGet(String rest, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/public/" + code + rest))
                .GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
