package th.prongsai.report.oit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OIT checklist end to end on the 2566 framework (43 built-in items) and on 2567 as a national administrator
 * enters it: answers, 409 on a stale edit, audit rows, the ITAS CSV, a check run against a local HTTP server, the
 * readiness it gives, the published report filling o42/o43, isolation between municipalities.
 */
class OitChecklistIT extends ReportIntegrationTest {

    static final String Y2566 = "/api/fiscal-years/2566/oit";

    HttpServer site;
    String website;
    String code;
    String officer;

    @BeforeEach
    void aMunicipalityAndItsWebsite() throws IOException {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        page("/live", 200, "<html><body>แผนดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๖</body></html>");
        page("/old", 200, "<html><body>แผนดำเนินงานประจำปีงบประมาณ พ.ศ. 2565</body></html>");
        page("/missing", 404, "<html><body>ไม่พบหน้า</body></html>");
        site.start();
        website = "http://127.0.0.1:" + site.getAddress().getPort();
        code = newCode("oit");
        Api.Response provisioned = api.send(
                "PUT",
                "/internal/tenants/" + code + "/schema",
                TestTokens.service(),
                null,
                Map.of("province", "80", "nameTh", "เทศบาลทดสอบ " + code, "website", website));
        assertThat(provisioned.status()).as(provisioned.toString()).isEqualTo(200);
        officer = TestTokens.officer(code);
    }

    @AfterEach
    void stopTheSite() {
        site.stop(0);
    }

    private void page(String path, int status, String html) {
        site.createContext(path, exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private Api.Response put(String tenant, String token, String item, Object body) {
        return api.tenant("PUT", tenant, Y2566 + "/items/" + item, token, body);
    }

    private static Map<String, Object> answer(boolean hasData, List<String> urls, Long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hasData", hasData);
        body.put("urls", urls);
        body.put("explanation", "เมนูข้อมูลพื้นฐาน หัวข้อแรกของหน้า");
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private JsonNode item(JsonNode checklist, String item) {
        for (JsonNode node : checklist.get("items")) {
            if (node.get("code").asString().equals(item)) {
                return node;
            }
        }
        throw new AssertionError("no item " + item);
    }

    @Test
    void listsEveryItemOfTheYearAndKeepsAnAnswerWithItsVersionAndAudit() {
        JsonNode empty = api.tenant("GET", code, Y2566, officer, null).json();
        assertThat(empty.get("itemCount").asInt()).isEqualTo(43);
        assertThat(empty.get("answeredCount").asInt()).isZero();
        assertThat(empty.get("items").findValuesAsString("code").subList(0, 3)).containsExactly("o1", "o2", "o3");
        assertThat(item(empty, "o42").get("answeredByMeasureReport").asBoolean())
                .isTrue();
        assertThat(item(empty, "o1").get("answered").asBoolean()).isFalse();
        assertThat(empty.get("itasWindow").get("opens").asString()).isEqualTo("2023-03-01");

        long department = api.tenant("POST", code, "/api/departments", officer, Map.of("name", "สำนักปลัด"))
                .json()
                .get("id")
                .asLong();
        Map<String, Object> first = answer(true, List.of(website + "/live", website + "/old"), null);
        first.put("departmentId", department);
        first.put("dueDate", "2023-02-15");
        Api.Response created = put(code, officer, "o1", first);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        JsonNode o1 = created.json();
        assertThat(o1.get("version").asLong()).isZero();
        assertThat(o1.get("urls").findValuesAsString("")).isEmpty();
        assertThat(o1.get("urls").valueStream().map(JsonNode::asString))
                .containsExactly(website + "/live", website + "/old");
        assertThat(o1.get("departmentName").asString()).isEqualTo("สำนักปลัด");
        assertThat(o1.get("dueDate").asString()).isEqualTo("2023-02-15");

        // a second writer who never read the answer, and one with an old version: both 409
        Api.Response again = put(code, officer, "o1", answer(true, List.of(website + "/x"), null));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/stale-version");
        Api.Response updated = put(code, officer, "o1", answer(false, List.of(), 0L));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("version").asLong()).isEqualTo(1);
        assertThat(updated.json().get("hasData").asBoolean()).isFalse();
        assertThat(updated.json().get("urls")).isEmpty();
        Api.Response stale = put(code, officer, "o1", answer(true, List.of(website + "/live"), 0L));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

        JsonNode after = api.tenant("GET", code, Y2566, officer, null).json();
        assertThat(after.get("answeredCount").asInt()).isEqualTo(1);
        assertThat(item(after, "o1").get("hasData").asBoolean()).isFalse();

        List<Map<String, Object>> audit = jdbc.queryForList(
                "SELECT action, entity_id, fiscal_year, before_value::text AS before, after_value::text AS after FROM "
                        + schemaOf(code) + ".audit_log WHERE entity = 'oit-answer' ORDER BY id");
        assertThat(audit).extracting(row -> row.get("action")).containsExactly("CREATE", "UPDATE");
        assertThat(audit.get(0).get("before")).isNull();
        assertThat((String) audit.get(0).get("after")).contains("/live");
        assertThat((String) audit.get(1).get("before")).contains("/live");
        assertThat((String) audit.get(1).get("after")).contains("\"hasData\": false");

        // a provincial officer of the province reads the checklist but may not change it
        String province = TestTokens.provincialOfficer("80");
        assertThat(api.tenant("GET", code, Y2566, province, null).status()).isEqualTo(200);
        assertThat(put(code, province, "o2", answer(true, List.of(website + "/live"), null))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theItasListHasAnItemALineAndAUrlALineInItasOrder() {
        put(code, officer, "o2", answer(true, List.of(website + "/b1", website + "/b2"), null));
        put(code, officer, "o1", answer(true, List.of(website + "/a"), null));
        put(code, officer, "o3", answer(false, List.of(), null));

        HttpResponse<byte[]> csv = api.bytes(code, Y2566 + "/itas.csv", officer);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        byte[] bytes = csv.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines.get(0))
                .isEqualTo("\"ข้อ\",\"รายการ\",\"ตัวชี้วัดย่อย\",\"มี/ไม่มี\",\"ลำดับ URL\",\"URL\",\"คำอธิบาย\"");
        assertThat(lines.get(1))
                .isEqualTo("\"o1\",\"โครงสร้าง\",\"9.1\",\"มี\",\"1\",\"" + website
                        + "/a\",\"เมนูข้อมูลพื้นฐาน หัวข้อแรกของหน้า\"");
        assertThat(lines.get(2)).startsWith("\"o2\",\"ข้อมูลผู้บริหาร\",\"9.1\",\"มี\",\"1\",\"" + website + "/b1\"");
        assertThat(lines.get(3)).startsWith("\"o2\",\"ข้อมูลผู้บริหาร\",\"9.1\",\"มี\",\"2\",\"" + website + "/b2\"");
        assertThat(lines.get(4)).startsWith("\"o3\",\"อำนาจหน้าที่\",\"9.1\",\"ไม่มี\",\"\",\"\"");
        assertThat(lines.get(5)).isEqualTo("\"o4\",\"แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน\",\"9.1\",\"\",\"\",\"\",\"\"");
        assertThat(lines).hasSize(1 + 43 + 1);
        assertThat(lines.getLast()).startsWith("\"o43\",");
    }

    @Test
    void checkNowOpensEveryUrlAndReadinessSaysWhatWouldFail() {
        put(code, officer, "o1", answer(true, List.of(website + "/live"), null));
        put(code, officer, "o2", answer(true, List.of(website + "/missing"), null));
        put(code, officer, "o3", answer(true, List.of(website + "/old"), null));
        // the same page under another host name: live and of the right year, but not on the main website
        put(
                code,
                officer,
                "o4",
                answer(true, List.of("http://localhost:" + site.getAddress().getPort() + "/live"), null));
        put(code, officer, "o5", answer(true, List.of(), null));

        JsonNode before =
                api.tenant("GET", code, Y2566 + "/readiness", officer, null).json();
        assertThat(before.get("notChecked").findValuesAsString("code")).containsExactly("o1", "o2", "o3", "o4");

        Api.Response started = api.tenant("POST", code, Y2566 + "/checks", officer, null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().get("total").asInt()).isEqualTo(4);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> api.tenant("GET", code, Y2566 + "/checks/latest", officer, null)
                        .json()
                        .get("status")
                        .asString()
                        .equals("DONE"));
        JsonNode run =
                api.tenant("GET", code, Y2566 + "/checks/latest", officer, null).json();
        assertThat(run.get("done").asInt()).isEqualTo(4);
        assertThat(run.get("startedBy").asString()).isEqualTo(code + ".officer");

        JsonNode checklist = api.tenant("GET", code, Y2566, officer, null).json();
        JsonNode live = item(checklist, "o1").get("checks").get(0);
        assertThat(live.get("verdict").asString()).isEqualTo("LIVE");
        assertThat(live.get("live").asBoolean()).isTrue();
        assertThat(live.get("httpStatus").asInt()).isEqualTo(200);
        assertThat(live.get("onMainWebsite").asBoolean()).isTrue();
        assertThat(live.get("namesFiscalYear").asBoolean()).isTrue();
        assertThat(live.get("contentType").asString()).isEqualTo("text/html");
        JsonNode missing = item(checklist, "o2").get("checks").get(0);
        assertThat(missing.get("live").asBoolean()).isFalse();
        assertThat(missing.get("httpStatus").asInt()).isEqualTo(404);
        assertThat(missing.get("verdictTh").asString()).contains("HTTP 404");
        assertThat(item(checklist, "o3")
                        .get("checks")
                        .get(0)
                        .get("namesFiscalYear")
                        .asBoolean())
                .isFalse();
        assertThat(item(checklist, "o4")
                        .get("checks")
                        .get(0)
                        .get("onMainWebsite")
                        .asBoolean())
                .isFalse();

        JsonNode readiness =
                api.tenant("GET", code, Y2566 + "/readiness", officer, null).json();
        assertThat(readiness.get("items").asInt()).isEqualTo(43);
        assertThat(readiness.get("ready").asInt()).isEqualTo(1);
        assertThat(readiness.get("sharePercent").decimalValue()).isEqualByComparingTo("2.33");
        assertThat(readiness.get("broken").findValuesAsString("code")).containsExactly("o2");
        assertThat(readiness.get("wrongYear").findValuesAsString("code")).containsExactly("o3");
        assertThat(readiness.get("offSite").findValuesAsString("code")).containsExactly("o4");
        assertThat(readiness.get("notChecked")).isEmpty();
        assertThat(readiness.get("missing").findValuesAsString("code"))
                .contains("o5", "o6", "o43")
                .hasSize(39);
        assertThat(readiness.get("window").get("status").asString()).isEqualTo("CLOSED");
        assertThat(readiness.get("window").get("statusTh").asString()).isEqualTo("ปิดรับข้อมูลแล้ว");
        assertThat(count(schemaOf(code), "oit_url_check_history")).isEqualTo(4);
    }

    @Test
    void oneMunicipalityCanNeitherReadNorWriteNorCheckAnothersChecklist() {
        put(code, officer, "o1", answer(true, List.of(website + "/live"), null));
        String other = provisioned("oit-b", "80");
        String otherOfficer = TestTokens.officer(other);

        assertThat(api.send("GET", "/t/" + code + Y2566, otherOfficer, other, null)
                        .status())
                .isEqualTo(403);
        assertThat(api.tenant("GET", code, Y2566, otherOfficer, null).status()).isEqualTo(403);
        assertThat(put(code, otherOfficer, "o1", answer(false, List.of(), 0L)).status())
                .isEqualTo(403);
        assertThat(api.tenant("POST", code, Y2566 + "/checks", otherOfficer, null)
                        .status())
                .isEqualTo(403);
        assertThat(api.tenant("GET", code, Y2566 + "/itas.csv", otherOfficer, null)
                        .status())
                .isEqualTo(403);
        assertThat(api.tenant("GET", code, Y2566 + "/readiness", otherOfficer, null)
                        .status())
                .isEqualTo(403);

        // B's own run sees B's answers only: none
        Api.Response started = api.tenant("POST", other, Y2566 + "/checks", otherOfficer, null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().get("total").asInt()).isZero();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.tenant("GET", other, Y2566 + "/checks/latest", otherOfficer, null)
                        .json()
                        .get("status")
                        .asString()
                        .equals("DONE"));
        assertThat(count(schemaOf(other), "oit_url_checks")).isZero();
        assertThat(count(schemaOf(other), "oit_answers")).isZero();
        assertThat(api.tenant("GET", other, Y2566, otherOfficer, null)
                        .json()
                        .get("answeredCount")
                        .asInt())
                .isZero();
        JsonNode mine = api.tenant("GET", code, Y2566, officer, null).json();
        assertThat(item(mine, "o1").get("version").asLong()).isZero();
    }

    @Test
    void publishingTheMeasureReportFillsTheItemsItAnswers() throws IOException {
        // 2567 as a national administrator enters it: the demo's list (2566's carried forward, not confirmed)
        Api.Response entered = api.send(
                "PUT",
                "/api/frameworks/2567",
                TestTokens.nationalAdmin(),
                null,
                Files.readString(Path.of("..", "deploy", "demo", "frameworks", "2567.json")));
        assertThat(entered.status()).as(entered.toString()).isIn(200, 201);
        assertThat(entered.json().get("oitItems")).hasSize(43);
        assertThat(entered.json().get("oitNoteTh").asString()).contains("ยังไม่ได้ยืนยัน");

        JsonNode document = Api.JSON.readTree(
                Files.readString(Path.of("..", "deploy", "demo", "fiscal-years", "tha-phae-2567.json")));
        assertThat(api.tenant("PUT", code, "/api/fiscal-years/2567/import", officer, document)
                        .status())
                .isEqualTo(200);
        // the officer already typed another URL for o43: it stays, after the report's
        Api.Response typed = api.tenant(
                "PUT",
                code,
                "/api/fiscal-years/2567/oit/items/o43",
                officer,
                answer(true, List.of(website + "/ita/o43"), null));
        assertThat(typed.status()).as(typed.toString()).isEqualTo(200);

        String report = "/api/fiscal-years/2567/report/";
        assertThat(api.tenant("POST", code, report + "submit", officer, Map.of("template", "tha-phae-2567"))
                        .status())
                .isLessThan(300);
        for (String position : List.of("HEAD_OF_OFFICE", "CLERK", "MAYOR")) {
            assertThat(api.tenant("POST", code, report + "approve", TestTokens.approver(code, position), Map.of())
                            .status())
                    .isLessThan(300);
        }
        Api.Response published = api.tenant("POST", code, report + "publish", TestTokens.municipalAdmin(code), null);
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        String url = "http://127.0.0.1:8080" + published.json().get("publicUrl").asString();
        assertThat(url).endsWith("/public/" + code + "/reports/2567/versions/1");

        JsonNode checklist = api.tenant("GET", code, "/api/fiscal-years/2567/oit", officer, null)
                .json();
        JsonNode o42 = item(checklist, "o42");
        assertThat(o42.get("hasData").asBoolean()).isTrue();
        assertThat(o42.get("filledByReport").asBoolean()).isTrue();
        assertThat(o42.get("urls").valueStream().map(JsonNode::asString)).containsExactly(url);
        assertThat(o42.get("explanation").asString()).contains("ฉบับเผยแพร่ครั้งที่ 1");
        JsonNode o43 = item(checklist, "o43");
        assertThat(o43.get("urls").valueStream().map(JsonNode::asString)).containsExactly(url, website + "/ita/o43");
        assertThat(o43.get("version").asLong()).isEqualTo(1);
        assertThat(item(checklist, "o41").get("answered").asBoolean()).isFalse();
        assertThat(jdbc.queryForList(
                        "SELECT action FROM " + schemaOf(code)
                                + ".audit_log WHERE entity = 'oit-answer' AND fiscal_year = 2567 ORDER BY id",
                        String.class))
                .containsExactly("CREATE", "CREATE", "UPDATE");
    }

    @Test
    void badInputIsRefusedWithAProblemAndNothingIsStored() {
        long department = api.tenant("POST", code, "/api/departments", officer, Map.of("name", "กองคลัง"))
                .json()
                .get("id")
                .asLong();
        assertThat(department).isPositive();
        Map<String, String> before = stored();
        String good = "{\"hasData\":true,\"urls\":[\"" + website + "/live\"]}";
        Map<String, Object> tooLong = answer(true, List.of(website + "/live"), null);
        tooLong.put("explanation", "ก".repeat(2001));
        Map<String, Object> unknownDepartment = answer(true, List.of(website + "/live"), null);
        unknownDepartment.put("departmentId", 99_999_999);
        Map<String, Object> tooMany = answer(
                true,
                java.util.stream.IntStream.range(0, 11)
                        .mapToObj(i -> website + "/p" + i)
                        .toList(),
                null);
        Map<String, Object> extra = new HashMap<>(answer(true, List.of(website + "/live"), null));
        extra.put("score", 100);

        Map<String, Api.Response> answers = new LinkedHashMap<>();
        answers.put("unknown item", put(code, officer, "o99", Api.JSON.readTree(good)));
        answers.put("item code with a space", api.tenant("PUT", code, Y2566 + "/items/o%201", officer, good));
        answers.put(
                "unknown year",
                api.tenant("PUT", code, "/api/fiscal-years/2699/oit/items/o1", officer, Api.JSON.readTree(good)));
        answers.put(
                "year out of range",
                api.tenant("PUT", code, "/api/fiscal-years/2400/oit/items/o1", officer, Api.JSON.readTree(good)));
        answers.put("ftp URL", put(code, officer, "o1", answer(true, List.of("ftp://127.0.0.1/x"), null)));
        answers.put("javascript URL", put(code, officer, "o1", answer(true, List.of("javascript:alert(1)"), null)));
        answers.put("no host", put(code, officer, "o1", answer(true, List.of("https:///x"), null)));
        answers.put(
                "a URL twice", put(code, officer, "o1", answer(true, List.of(website + "/a", website + "/a"), null)));
        answers.put("ไม่มี with URLs", put(code, officer, "o1", answer(false, List.of(website + "/a"), null)));
        answers.put("eleven URLs", put(code, officer, "o1", tooMany));
        answers.put("URL of two lines", put(code, officer, "o1", answer(true, List.of(website + "/a\nb"), null)));
        answers.put("too long explanation", put(code, officer, "o1", tooLong));
        answers.put("unknown department", put(code, officer, "o1", unknownDepartment));
        answers.put("bad JSON", api.tenant("PUT", code, Y2566 + "/items/o1", officer, "{\"hasData\":"));
        answers.put("extra field", put(code, officer, "o1", extra));
        answers.put("no hasData", put(code, officer, "o1", Map.of("urls", List.of(website + "/a"))));
        answers.put("hasData as text", api.tenant("PUT", code, Y2566 + "/items/o1", officer, "{\"hasData\":\"มี\"}"));
        answers.put(
                "bad due date",
                api.tenant("PUT", code, Y2566 + "/items/o1", officer, "{\"hasData\":true,\"dueDate\":\"2566-13-01\"}"));
        answers.put(
                "negative version",
                api.tenant("PUT", code, Y2566 + "/items/o1", officer, "{\"hasData\":true,\"version\":-1}"));
        answers.put(
                "control character",
                api.tenant(
                        "PUT", code, Y2566 + "/items/o1", officer, "{\"hasData\":true,\"explanation\":\"a\\u0000\"}"));
        answers.put(
                "checklist of an unknown year", api.tenant("GET", code, "/api/fiscal-years/2699/oit", officer, null));
        answers.put(
                "CSV of an unknown year",
                api.tenant("GET", code, "/api/fiscal-years/2699/oit/itas.csv", officer, null));
        answers.put(
                "readiness of an unknown year",
                api.tenant("GET", code, "/api/fiscal-years/2699/oit/readiness", officer, null));
        answers.put(
                "check of an unknown year",
                api.tenant("POST", code, "/api/fiscal-years/2699/oit/checks", officer, null));
        answers.put("progress without a run", api.tenant("GET", code, Y2566 + "/checks/latest", officer, null));
        answers.put("checklist year as text", api.tenant("GET", code, "/api/fiscal-years/abc/oit", officer, null));

        answers.forEach((what, response) -> {
            assertThat(response.status()).as(what + ": " + response).isBetween(400, 499);
            assertThat(response.contentType()).as(what).startsWith("application/problem+json");
            JsonNode problem = response.json();
            assertThat(problem.get("type").asString()).as(what).startsWith("https://prongsai.th/problems/");
            assertThat(problem.get("detail").asString()).as(what).matches(".*[ก-๙].*");
        });
        assertInvalid(answers.get("ftp URL"), "urls[0]");
        assertInvalid(answers.get("a URL twice"), "urls[1]");
        assertInvalid(answers.get("ไม่มี with URLs"), "urls");
        assertInvalid(answers.get("too long explanation"), "explanation");
        assertInvalid(answers.get("unknown department"), "departmentId");
        assertInvalid(answers.get("no hasData"), "hasData");
        assertInvalid(answers.get("extra field"), "score");
        assertThat(answers.get("unknown item").status()).isEqualTo(404);
        assertThat(answers.get("unknown year").status()).isEqualTo(404);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aNationalAdministratorsListIsValidatedFieldByField() throws IOException {
        ObjectNode framework = (ObjectNode)
                Api.JSON.readTree(Files.readString(Path.of("..", "deploy", "demo", "frameworks", "2567.json")));
        framework.put("fiscalYear", 2698);
        ObjectNode first = (ObjectNode) framework.get("oitItems").get(0);
        first.put("subIndicator", "1");
        ((ObjectNode) framework.get("oitItems").get(1)).put("code", "o1");
        ((ObjectNode) framework.get("oitItems").get(2)).put("nameTh", " ");
        ((ObjectNode) framework.get("oitItems").get(3)).put("evidenceTh", "ก".repeat(1001));
        ((ObjectNode) framework.get("itasWindow")).put("closes", "2024-02-01");
        String before = frameworks();

        Api.Response refused = api.send("PUT", "/api/frameworks/2698", TestTokens.nationalAdmin(), null, framework);

        assertInvalid(
                refused,
                "oitItems[0].subIndicator",
                "oitItems[1].code",
                "oitItems[2].nameTh",
                "itasWindow.closes",
                "itasWindow.opens");
        assertThat(frameworks()).isEqualTo(before);
        ((ObjectNode) framework.get("oitItems").get(1)).put("code", "o2");
        ((ObjectNode) framework.get("oitItems").get(2)).put("nameTh", "ข้อมูลผู้บริหาร");
        first.put("subIndicator", "9.1");
        ((ObjectNode) framework.get("itasWindow")).put("opens", "2155-03-01");
        ((ObjectNode) framework.get("itasWindow")).put("closes", "2155-04-30");
        assertInvalid(
                api.send("PUT", "/api/frameworks/2698", TestTokens.nationalAdmin(), null, framework),
                "oitItems[3].evidenceTh");
        assertThat(frameworks()).isEqualTo(before);
    }

    private String frameworks() {
        return jdbc.queryForObject(
                "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
                        + " FROM reporting.frameworks t",
                String.class);
    }

    private Map<String, String> stored() {
        Map<String, String> state = new LinkedHashMap<>();
        for (String table :
                List.of("oit_answers", "oit_answer_urls", "audit_log", "oit_check_runs", "oit_url_checks")) {
            state.put(
                    table,
                    jdbc.queryForObject(
                            "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
                                    + " FROM " + schemaOf(code) + "." + table + " t",
                            String.class));
        }
        return state;
    }
}
