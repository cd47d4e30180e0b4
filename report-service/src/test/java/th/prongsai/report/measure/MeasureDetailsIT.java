package th.prongsai.report.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import tools.jackson.databind.JsonNode;

/** Themes, the whole measure, attachments, reordering, copying a year and the audit log. */
class MeasureDetailsIT extends ReportIntegrationTest {

    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    String code;
    String schema;
    String token;

    @BeforeEach
    void tenant() {
        code = provisioned("md", "23");
        schema = schemaOf(code);
        token = TestTokens.officer(code);
    }

    @Test
    void aWholeMeasureIsStoredAsSentWithHtmlKeptAsText() {
        long theme = post("/api/fiscal-years/2568/themes", Map.of("number", 1, "title", "การเปิดเผยข้อมูล"))
                .json()
                .get("id")
                .asLong();
        long office = post("/api/departments", Map.of("name", "สำนักปลัดเทศบาล"))
                .json()
                .get("id")
                .asLong();
        long finance = post("/api/departments", Map.of("name", "กองคลัง"))
                .json()
                .get("id")
                .asLong();
        Map<String, Object> body =
                full(1, "<b>เผยแพร่</b> ข้อมูล & <script>alert('x')</script>", theme, List.of(office, finance));

        Api.Response created = post("/api/fiscal-years/2568/measures", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode read = get("/api/fiscal-years/2568/measures/"
                        + created.json().get("id").asLong())
                .json();
        assertThat(read.get("title").asString()).isEqualTo("<b>เผยแพร่</b> ข้อมูล & <script>alert('x')</script>");
        assertThat(read.get("themeId").asLong()).isEqualTo(theme);
        assertThat(read.get("methodSteps").get(1).asString()).isEqualTo("ขั้นที่ 2 เผยแพร่บนเว็บไซต์");
        assertThat(read.get("departmentIds").findValuesAsString("x")).isEmpty();
        assertThat(read.get("departmentIds")).hasSize(2);
        assertThat(read.get("startMonth").asString()).isEqualTo("2024-10");
        assertThat(read.get("endMonth").asString()).isEqualTo("2025-09");
        assertThat(read.get("monitoring").asString()).isEqualTo("รายงานผลทุกไตรมาส");
        assertThat(read.get("progressNotes").get(1).get("date").asString()).isEqualTo("2025-03-31");
        assertThat(read.get("progressNotes").get(1).get("note").asString()).isEqualTo("ไตรมาส 2");
        assertThat(read.get("recommendation").asString()).isEqualTo("ควรเผยแพร่ทุกเดือน");
        assertThat(read.get("evidenceLinks").get(0).get("url").asString())
                .isEqualTo("https://www.example.go.th/ita/o1");
        assertThat(read.get("evidenceLinks").get(1).get("label").asString()).isEqualTo("ภาพกิจกรรม");
        assertThat(read.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM " + schema + ".measure_progress_notes", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void theRulesOfAMeasureAreCheckedAndNothingIsStored() {
        long otherYearTheme = post("/api/fiscal-years/2567/themes", Map.of("number", 1, "title", "ประเด็นปีก่อน"))
                .json()
                .get("id")
                .asLong();
        Map<String, Object> bad = full(1, "x", otherYearTheme, List.of());
        bad.put("indicatorCodes", List.of("9.3", "11", "10.9"));
        bad.put(
                "evidenceLinks",
                List.of(Map.of("url", "javascript:alert(1)", "label", "x"), Map.of("url", "ftp://example.org/x")));

        assertInvalid(
                post("/api/fiscal-years/2568/measures", bad),
                "themeId",
                "indicatorCodes[1]",
                "indicatorCodes[2]",
                "evidenceLinks[0].url",
                "evidenceLinks[1].url");
        // the platform's text rule refuses a control character as the JSON is read (libs/tenancy InputText)
        Map<String, Object> nul = full(1, "x", null, List.of());
        nul.put("outcome", "ผล\u0000ลัพธ์");
        assertInvalid(post("/api/fiscal-years/2568/measures", nul), "outcome");
        assertInvalid(
                post(
                        "/api/fiscal-years/2568/measures",
                        Map.of(
                                "number",
                                1,
                                "title",
                                "x",
                                "status",
                                "DONE",
                                "methodSteps",
                                List.of("ok", " "),
                                "progressNotes",
                                List.of(Map.of("note", "ไม่มีวันที่")))),
                "methodSteps[1]",
                "progressNotes[0].date");
        Map<String, Object> noFramework = full(1, "x", null, List.of());
        noFramework.put("startMonth", "2089-10");
        noFramework.put("endMonth", "2090-09");
        assertInvalid(post("/api/fiscal-years/2633/measures", noFramework), "indicatorCodes");
        Map<String, Object> longText = full(1, "x", null, List.of());
        longText.put("outputSummary", "ก".repeat(10001));
        assertInvalid(post("/api/fiscal-years/2568/measures", longText), "outputSummary");
        Map<String, Object> wrongDate = full(1, "x", null, List.of());
        wrongDate.put("progressNotes", List.of(Map.of("date", "31/03/2568", "note", "x")));
        assertInvalid(post("/api/fiscal-years/2568/measures", wrongDate), "progressNotes[0].date");
        assertInvalid(post("/api/fiscal-years/2568/themes", Map.of("number", 0, "title", "")), "number", "title");

        assertThat(count(schema, "measures")).isZero();
        assertThat(count(schema, "measure_evidence_links")).isZero();
        assertThat(count(schema, "themes")).isEqualTo(1);
    }

    @Test
    void attachmentsAreTypeCheckedSizeLimitedAndServedBack() {
        long id = post("/api/fiscal-years/2568/measures", full(1, "มีหลักฐาน", null, List.of()))
                .json()
                .get("id")
                .asLong();
        String files = "/api/fiscal-years/2568/measures/" + id + "/attachments";

        Api.Response png = api.upload(code, files, token, "ภาพกิจกรรม.png", PNG);
        assertThat(png.status()).as(png.toString()).isEqualTo(201);
        assertThat(png.json().get("mediaType").asString()).isEqualTo("image/png");
        assertThat(png.json().get("sizeBytes").asInt()).isEqualTo(PNG.length);
        Api.Response pdf = api.upload(code, files, token, "C:\\เอกสาร\\รายงาน.pdf", PDF);
        assertThat(pdf.json().get("fileName").asString())
                .as("the path is dropped")
                .isEqualTo("รายงาน.pdf");
        assertThat(pdf.json().get("mediaType").asString()).isEqualTo("application/pdf");

        HttpResponse<byte[]> download =
                api.bytes(code, files + "/" + png.json().get("id").asLong(), token);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PNG);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(get("/api/fiscal-years/2568/measures/" + id)
                        .json()
                        .get("attachments")
                        .findValuesAsString("fileName"))
                .containsExactly("ภาพกิจกรรม.png", "รายงาน.pdf");

        Api.Response html = api.upload(code, files, token, "fake.png", "<html>not an image</html>".getBytes());
        assertThat(html.status()).isEqualTo(415);
        assertThat(html.contentType()).startsWith("application/problem+json");
        byte[] big = new byte[AttachmentService.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        Api.Response tooBig = api.upload(code, files, token, "big.png", big);
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.contentType()).startsWith("application/problem+json");
        assertThat(api.upload(code, "/api/fiscal-years/2568/measures/999999/attachments", token, "a.png", PNG)
                        .status())
                .isEqualTo(404);
        assertThat(count(schema, "measure_attachments")).isEqualTo(2);

        assertThat(api.tenant("DELETE", code, files + "/" + pdf.json().get("id").asLong(), token, null)
                        .status())
                .isEqualTo(204);
        assertThat(count(schema, "measure_attachments")).isEqualTo(1);
    }

    @Test
    void reorderingRenumbersTheYearInTheOrderGiven() {
        List<Long> ids = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            ids.add(post("/api/fiscal-years/2568/measures", full(n, "มาตรการ " + n, null, List.of()))
                    .json()
                    .get("id")
                    .asLong());
        }

        Api.Response reordered = api.tenant(
                "PUT",
                code,
                "/api/fiscal-years/2568/measures/order",
                token,
                Map.of("measureIds", List.of(ids.get(2), ids.get(0), ids.get(1))));

        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
        assertThat(reordered.json().findValuesAsString("title")).containsExactly("มาตรการ 3", "มาตรการ 1", "มาตรการ 2");
        assertThat(get("/api/fiscal-years/2568/measures").json().findValuesAsString("title"))
                .containsExactly("มาตรการ 3", "มาตรการ 1", "มาตรการ 2");
        assertThat(reordered.json().get(0).get("number").asInt()).isEqualTo(1);
        assertThat(reordered.json().get(0).get("version").asLong())
                .as("a renumbered measure changed")
                .isEqualTo(1);
        assertInvalid(
                api.tenant(
                        "PUT",
                        code,
                        "/api/fiscal-years/2568/measures/order",
                        token,
                        Map.of("measureIds", List.of(ids.get(0), ids.get(1)))),
                "measureIds");
        assertInvalid(
                api.tenant(
                        "PUT",
                        code,
                        "/api/fiscal-years/2568/measures/order",
                        token,
                        Map.of("measureIds", List.of(ids.get(0), ids.get(1), ids.get(1)))),
                "measureIds");
        assertInvalid(api.tenant("PUT", code, "/api/fiscal-years/2568/measures/order", token, Map.of()), "measureIds");
    }

    @Test
    void themesAreOrderedLockedAndKeptWhileInUse() {
        long second = post("/api/fiscal-years/2568/themes", Map.of("number", 2, "title", "ประเด็นที่สอง"))
                .json()
                .get("id")
                .asLong();
        post("/api/fiscal-years/2568/themes", Map.of("number", 1, "title", "ประเด็นแรก"));
        assertThat(post("/api/fiscal-years/2568/themes", Map.of("number", 1, "title", "ซ้ำ"))
                        .status())
                .isEqualTo(409);
        assertThat(get("/api/fiscal-years/2568/themes").json().findValuesAsString("title"))
                .containsExactly("ประเด็นแรก", "ประเด็นที่สอง");

        Api.Response renamed = api.tenant(
                "PUT",
                code,
                "/api/fiscal-years/2568/themes/" + second,
                token,
                Map.of("number", 2, "title", "ประเด็นที่ 2", "version", 0));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(api.tenant(
                                "PUT",
                                code,
                                "/api/fiscal-years/2568/themes/" + second,
                                token,
                                Map.of("number", 2, "title", "เก่า", "version", 0))
                        .status())
                .isEqualTo(409);
        post("/api/fiscal-years/2568/measures", full(1, "ในประเด็น", second, List.of()));
        Api.Response inUse = api.tenant("DELETE", code, "/api/fiscal-years/2568/themes/" + second, token, null);
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.contentType()).startsWith("application/problem+json");
    }

    @Test
    void lastYearsMeasuresAreCopiedIntoANewYearAsPlans() {
        long theme = post("/api/fiscal-years/2567/themes", Map.of("number", 1, "title", "ประเด็นที่ 1"))
                .json()
                .get("id")
                .asLong();
        Map<String, Object> done = full(1, "ปรับปรุงเว็บไซต์", theme, List.of());
        done.put("startMonth", "2023-10");
        done.put("endMonth", "2024-09");
        done.put("progressNotes", List.of(Map.of("date", "2024-03-01", "note", "ครึ่งปี")));
        done.put("status", "DONE");
        long source =
                post("/api/fiscal-years/2567/measures", done).json().get("id").asLong();
        api.upload(code, "/api/fiscal-years/2567/measures/" + source + "/attachments", token, "a.png", PNG);

        Api.Response copied = post("/api/fiscal-years/2568/measures/copy", Map.of("fromFiscalYear", 2567));

        assertThat(copied.status()).as(copied.toString()).isEqualTo(201);
        assertThat(copied.json().get("measures").asInt()).isEqualTo(1);
        JsonNode copy = get("/api/fiscal-years/2568/measures").json().get(0);
        assertThat(copy.get("title").asString()).isEqualTo("ปรับปรุงเว็บไซต์");
        assertThat(copy.get("status").asString()).isEqualTo("PLANNED");
        assertThat(copy.get("startMonth").asString()).isEqualTo("2024-10");
        assertThat(copy.get("endMonth").asString()).isEqualTo("2025-09");
        assertThat(copy.get("outputSummary").isNull()).isTrue();
        assertThat(copy.get("progressNotes")).isEmpty();
        assertThat(copy.get("attachments")).isEmpty();
        assertThat(copy.get("indicatorCodes").get(0).asString()).isEqualTo("9.1");
        assertThat(get("/api/fiscal-years/2568/themes").json().findValuesAsString("title"))
                .containsExactly("ประเด็นที่ 1");
        assertThat(copy.get("themeId").asLong()).isNotEqualTo(theme);
        assertThat(post("/api/fiscal-years/2568/measures/copy", Map.of("fromFiscalYear", 2567))
                        .status())
                .as("the new year is not empty any more")
                .isEqualTo(409);
        assertThat(post("/api/fiscal-years/2569/measures/copy", Map.of("fromFiscalYear", 2555))
                        .status())
                .isEqualTo(404);
        assertInvalid(post("/api/fiscal-years/2569/measures/copy", Map.of()), "fromFiscalYear");
    }

    @Test
    void theAuditLogSaysWhoChangedWhatAndIsForTheTenantsAdmin() {
        long id = post("/api/fiscal-years/2568/measures", full(1, "ก่อนแก้", null, List.of()))
                .json()
                .get("id")
                .asLong();
        Map<String, Object> change = full(1, "หลังแก้", null, List.of());
        change.put("version", 0);
        assertThat(api.tenant("PUT", code, "/api/fiscal-years/2568/measures/" + id, token, change)
                        .status())
                .isEqualTo(200);

        Api.Response log = api.tenant(
                "GET", code, "/api/audit-log?entity=measure&entityId=" + id, TestTokens.municipalAdmin(code), null);

        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        JsonNode newest = log.json().get(0);
        assertThat(newest.get("action").asString()).isEqualTo("UPDATE");
        assertThat(newest.get("actor").asString()).isEqualTo(code + ".officer");
        assertThat(newest.get("before").get("title").asString()).isEqualTo("ก่อนแก้");
        assertThat(newest.get("after").get("title").asString()).isEqualTo("หลังแก้");
        assertThat(log.json().get(1).get("action").asString()).isEqualTo("CREATE");
        assertThat(log.json().get(1).get("before").isNull()).isTrue();
        assertThat(api.tenant("GET", code, "/api/audit-log", token, null).status())
                .isEqualTo(403);
        assertThat(api.tenant("GET", code, "/api/audit-log", TestTokens.provincialOfficer("23"), null)
                        .status())
                .isEqualTo(403);
        assertThat(api.tenant("GET", code, "/api/audit-log", TestTokens.nationalAdmin(), null)
                        .status())
                .isEqualTo(200);
        assertInvalid(api.tenant("GET", code, "/api/audit-log?size=0", TestTokens.municipalAdmin(code), null), "size");
    }

    private Api.Response post(String rest, Object body) {
        return api.tenant("POST", code, rest, token, body);
    }

    private Api.Response get(String rest) {
        return api.tenant("GET", code, rest, token, null);
    }

    static Map<String, Object> full(int number, String title, Long themeId, List<Long> departments) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", number);
        body.put("title", title);
        body.put("themeId", themeId);
        body.put("indicatorCodes", List.of("9.1", "10"));
        body.put("methodSteps", List.of("ขั้นที่ 1 รวบรวมข้อมูล", "ขั้นที่ 2 เผยแพร่บนเว็บไซต์"));
        body.put("departmentIds", departments);
        body.put("startMonth", "2024-10");
        body.put("endMonth", "2025-09");
        body.put("monitoring", "รายงานผลทุกไตรมาส");
        body.put("status", "IN_PROGRESS");
        body.put(
                "progressNotes",
                List.of(
                        Map.of("date", "2024-12-31", "note", "ไตรมาส 1"),
                        Map.of("date", "2025-03-31", "note", "ไตรมาส 2")));
        body.put("outputSummary", "เผยแพร่แล้ว 12 รายการ");
        body.put("outcome", "ประชาชนเข้าถึงข้อมูลมากขึ้น");
        body.put("recommendation", "ควรเผยแพร่ทุกเดือน");
        body.put(
                "evidenceLinks",
                List.of(
                        Map.of("url", "https://www.example.go.th/ita/o1", "label", "หน้าเว็บ"),
                        Map.of("url", "https://www.example.go.th/gallery", "label", "ภาพกิจกรรม")));
        return body;
    }
}
