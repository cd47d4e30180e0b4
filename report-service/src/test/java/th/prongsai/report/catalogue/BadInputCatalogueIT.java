package th.prongsai.report.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed requests against every write endpoint of report-service, as an attacker or a careless client sends
 * them: wrong types, missing fields, nulls, too-long strings, control characters, lone surrogates, overlong UTF-8,
 * malformed JSON and multipart, wrong content types, empty and huge bodies, bad path variables. Every row must be
 * answered 4xx with the platform's problem JSON, and nothing may change in the tenant's schema or the framework
 * catalogue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCatalogueIT extends ReportIntegrationTest {

    static final String YEAR = "/t/{c}/api/fiscal-years/2567";
    static final String JSON = "application/json";
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    enum Who {
        OFFICER,
        ADMIN,
        HEAD,
        NATIONAL,
        SERVICE
    }

    /** One malformed request; {@code expected} 0 means any 4xx. */
    record Row(
            String name,
            Who who,
            String method,
            String path,
            String contentType,
            Function<Fixture, byte[]> body,
            int expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The tenant the rows are sent to, its ids, and a valid body of each JSON endpoint to spoil. */
    record Fixture(String code, long measureId, long themeId, long attachmentId, Map<String, ObjectNode> bases) {
        ObjectNode base(String name) {
            return bases.get(name).deepCopy();
        }
    }

    /** A JSON endpoint: its valid body's name, who may call it, and a top-level text field of it (or null). */
    record Endpoint(
            String base,
            Who who,
            String method,
            String path,
            String textField,
            int textLimit,
            boolean optionalBody,
            boolean largeLimit) {}

    static final List<Endpoint> JSON_ENDPOINTS = List.of(
            new Endpoint("measure", Who.OFFICER, "POST", YEAR + "/measures", "title", 500, false, false),
            new Endpoint("measureUpdate", Who.OFFICER, "PUT", YEAR + "/measures/{m}", "title", 500, false, false),
            new Endpoint("order", Who.OFFICER, "PUT", YEAR + "/measures/order", null, 0, false, false),
            new Endpoint("copy", Who.OFFICER, "POST", YEAR + "/measures/copy", null, 0, false, false),
            new Endpoint("theme", Who.OFFICER, "POST", YEAR + "/themes", "title", 500, false, false),
            new Endpoint("themeUpdate", Who.OFFICER, "PUT", YEAR + "/themes/{t}", "title", 500, false, false),
            new Endpoint("department", Who.OFFICER, "POST", "/t/{c}/api/departments", "name", 200, false, false),
            new Endpoint("scores", Who.OFFICER, "PUT", YEAR + "/scores", "publishedLevel", 40, false, false),
            new Endpoint("import", Who.OFFICER, "PUT", YEAR + "/import", "format", 40, false, true),
            new Endpoint("submit", Who.OFFICER, "POST", YEAR + "/report/submit", "template", 40, true, false),
            new Endpoint("approve", Who.HEAD, "POST", YEAR + "/report/approve", "comment", 2000, true, false),
            new Endpoint("reject", Who.HEAD, "POST", YEAR + "/report/reject", "reason", 2000, false, false),
            new Endpoint(
                    "template", Who.ADMIN, "PUT", "/t/{c}/api/report-templates/own-1", "nameTh", 200, false, false),
            new Endpoint("settings", Who.ADMIN, "PUT", "/t/{c}/api/report-settings", "letterPrefix", 40, false, false),
            new Endpoint("framework", Who.NATIONAL, "PUT", "/api/frameworks/2699", "nameTh", 500, false, false),
            new Endpoint(
                    "oit",
                    Who.OFFICER,
                    "PUT",
                    "/t/{c}/api/fiscal-years/2566/oit/items/o1",
                    "explanation",
                    2000,
                    false,
                    false));

    Fixture fixture;

    @BeforeAll
    void aMunicipalityWithAYear() throws IOException {
        Api api = new Api(port);
        String code = provisioned(api, "bad");
        String officer = TestTokens.officer(code);
        JsonNode document = Api.JSON.readTree(
                Files.readString(Path.of("..", "deploy", "demo", "fiscal-years", "tha-phae-2567.json")));
        assertThat(api.tenant("PUT", code, "/api/fiscal-years/2567/import", officer, document)
                        .status())
                .isEqualTo(200);
        JsonNode measures = api.tenant("GET", code, "/api/fiscal-years/2567/measures", officer, null)
                .json();
        JsonNode first = measures.get(0);
        long measureId = first.get("id").asLong();
        JsonNode theme = api.tenant("GET", code, "/api/fiscal-years/2567/themes", officer, null)
                .json()
                .get(0);
        Api.Response attached = api.upload(
                code, "/api/fiscal-years/2567/measures/" + measureId + "/attachments", officer, "หลักฐาน.png", png());
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);

        Map<String, ObjectNode> bases = new LinkedHashMap<>();
        bases.put("measure", object("{\"title\":\"มาตรการทดสอบ\",\"indicatorCodes\":[\"8\"],\"status\":\"PLANNED\"}"));
        ObjectNode update = object("{}");
        update.put("number", first.get("number").asInt());
        update.put("title", first.get("title").asString());
        update.put("status", first.get("status").asString());
        update.put("version", first.get("version").asLong());
        bases.put("measureUpdate", update);
        ObjectNode order = object("{}");
        order.set(
                "measureIds",
                Api.JSON.valueToTree(measures.valueStream()
                        .map(m -> m.get("id").asLong())
                        .toList()
                        .reversed()));
        bases.put("order", order);
        bases.put("copy", object("{\"fromFiscalYear\":2566}"));
        bases.put("theme", object("{\"number\":50,\"title\":\"หัวข้อทดสอบ\"}"));
        ObjectNode themeUpdate = object("{}");
        themeUpdate.put("number", theme.get("number").asInt());
        themeUpdate.put("title", theme.get("title").asString());
        themeUpdate.put("version", theme.get("version").asLong());
        bases.put("themeUpdate", themeUpdate);
        bases.put("department", object("{\"name\":\"กองทดสอบ\"}"));
        bases.put("scores", object("{\"indicators\":{\"1\":80.5},\"publishedLevel\":\"B\"}"));
        bases.put("import", (ObjectNode) document);
        bases.put("submit", object("{\"template\":\"tha-phae-2567\"}"));
        bases.put("approve", object("{\"comment\":\"เห็นชอบ\"}"));
        bases.put("reject", object("{\"reason\":\"แก้ไขตัวชี้วัด\"}"));
        ObjectNode template = (ObjectNode) api.tenant("GET", code, "/api/report-templates", officer, null)
                .json()
                .get(0);
        template.put("code", "own-1");
        template.put("nameTh", "แม่แบบของเทศบาล");
        bases.put("template", template);
        bases.put(
                "settings",
                object("{\"approvalChain\":[\"HEAD_OF_OFFICE\",\"CLERK\",\"MAYOR\"],"
                        + "\"letterPrefix\":\"สป.\",\"phone\":\"075 123 456\"}"));
        ObjectNode framework =
                (ObjectNode) api.send("GET", "/api/frameworks/2568", TestTokens.nationalAdmin(), null, null)
                        .json();
        framework.put("fiscalYear", 2699);
        framework.putNull("itasWindow"); // 2568's window lies in 2568: the base must be valid but for its row
        bases.put("framework", framework);
        bases.put("oit", object("{\"hasData\":true,\"urls\":[\"https://www.example.org/o1\"]}"));
        long attachmentId = api.tenant("GET", code, "/api/fiscal-years/2567/measures/" + measureId, officer, null)
                .json()
                .get("attachments")
                .get(0)
                .get("id")
                .asLong();
        fixture = new Fixture(code, measureId, theme.get("id").asLong(), attachmentId, bases);
    }

    @Test
    void theCatalogueIsLargeAndCoversEveryWriteEndpoint() {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
        assertThat(rows.stream()
                        .map(r -> r.method() + " " + r.path().replaceAll("/[^/]*[0-9][^/]*$", "/…"))
                        .distinct()
                        .count())
                .as("write endpoints touched")
                .isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isRefusedWithAProblemAndStoresNothing(Row row) throws Exception {
        Map<String, String> before = stored();

        HttpResponse<String> response = send(row);

        String what = row.name() + ": " + row.method() + " " + row.path() + " → " + response.statusCode() + " "
                + response.body();
        if (row.expected() != 0) {
            assertThat(response.statusCode()).as(what).isEqualTo(row.expected());
        }
        assertThat(response.statusCode()).as(what).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as(what)
                .startsWith("application/problem+json");
        JsonNode problem = Api.JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).as(what).startsWith("https://prongsai.th/problems/");
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(response.statusCode());
        assertThat(stored()).as("nothing stored by " + what).isEqualTo(before);
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Endpoint e : JSON_ENDPOINTS) {
            generic(rows, e);
            if (e.textField() != null) {
                text(rows, e);
            }
        }
        measures(rows);
        themesAndDepartments(rows);
        attachments(rows);
        scores(rows);
        imports(rows);
        workflow(rows);
        templatesAndSettings(rows);
        frameworks(rows);
        oit(rows);
        paths(rows);
        return rows;
    }

    /** What every JSON endpoint must refuse, whatever its fields. */
    private static void generic(List<Row> rows, Endpoint e) {
        String at = e.base() + ": ";
        rows.add(row(at + "malformed JSON", e, JSON, f -> utf8("{\"a\":"), 400));
        rows.add(row(at + "trailing garbage", e, JSON, f -> utf8(f.base(e.base()) + " x"), 400));
        rows.add(row(
                at + "text/plain", e, "text/plain", f -> utf8(f.base(e.base()).toString()), 415));
        rows.add(row(at + "application/xml", e, "application/xml", f -> utf8("<a/>"), 415));
        rows.add(row(at + "no content type", e, null, f -> utf8(f.base(e.base()).toString()), 415));
        rows.add(row(at + "an array for the object", e, JSON, f -> utf8("[" + f.base(e.base()) + "]"), 400));
        rows.add(row(at + "a string for the object", e, JSON, f -> utf8("\"x\""), 400));
        if (!e.optionalBody()) {
            rows.add(row(at + "empty body", e, JSON, f -> new byte[0], 400));
            rows.add(row(at + "JSON null", e, JSON, f -> utf8("null"), 400));
        }
        rows.add(row(at + "huge body", e, JSON, f -> hugeBody(), e.largeLimit() ? 0 : 413));
        rows.add(row(
                at + "overlong UTF-8 (C0 AF)",
                e,
                JSON,
                f -> withRawField(f.base(e.base()), e.textField(), new byte[] {(byte) 0xC0, (byte) 0xAF}),
                400));
        rows.add(row(
                at + "invalid UTF-8 (FF)",
                e,
                JSON,
                f -> withRawField(f.base(e.base()), e.textField(), new byte[] {'a', (byte) 0xFF, 'b'}),
                400));
        rows.add(row(
                at + "encoded surrogate (ED A0 80)",
                e,
                JSON,
                f -> withRawField(f.base(e.base()), e.textField(), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                400));
        rows.add(row(
                at + "nesting 3000 deep",
                e,
                JSON,
                f -> utf8("{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}"),
                400));
    }

    /** The one text rule and a length on a text field of every body that has one. */
    private static void text(List<Row> rows, Endpoint e) {
        String at = e.base() + "." + e.textField() + ": ";
        rows.add(field(at + "BEL", e, e.textField(), "\"ab\\u0007c\""));
        rows.add(field(at + "NUL", e, e.textField(), "\"ab\\u0000c\""));
        rows.add(field(at + "C1 control (NEL)", e, e.textField(), "\"ab\\u0085c\""));
        rows.add(field(at + "lone high surrogate", e, e.textField(), "\"ab\\uD800c\""));
        rows.add(field(at + "lone low surrogate", e, e.textField(), "\"ab\\uDC00\""));
        rows.add(field(at + "one over its length", e, e.textField(), "\"" + "ก".repeat(e.textLimit() + 1) + "\""));
        rows.add(field(at + "a number for the text", e, e.textField(), "5"));
        rows.add(field(at + "an object for the text", e, e.textField(), "{\"a\":1}"));
    }

    private static void oit(List<Row> rows) {
        Endpoint answer = endpoint("oit");
        rows.add(field("oit: hasData missing", answer, "hasData", null));
        rows.add(field("oit: hasData as text", answer, "hasData", "\"มี\""));
        rows.add(field("oit: hasData 1", answer, "hasData", "1"));
        rows.add(field("oit: urls a string", answer, "urls", "\"https://www.example.org\""));
        rows.add(field("oit: urls ftp", answer, "urls", "[\"ftp://www.example.org/a\"]"));
        rows.add(field("oit: urls without host", answer, "urls", "[\"https:///a\"]"));
        rows.add(field("oit: urls blank", answer, "urls", "[\" \"]"));
        rows.add(field("oit: urls too long", answer, "urls", "[\"https://a.example/" + "a".repeat(2000) + "\"]"));
        rows.add(field("oit: departmentId unknown", answer, "departmentId", "99999999"));
        rows.add(field("oit: dueDate not a date", answer, "dueDate", "\"2566-13-40\""));
        rows.add(field("oit: version -1", answer, "version", "-1"));
        rows.add(field("oit: an unknown field", answer, "score", "100"));
    }

    private static void measures(List<Row> rows) {
        Endpoint create = endpoint("measure");
        Endpoint update = endpoint("measureUpdate");
        rows.add(field("measure: title missing", create, "title", null));
        rows.add(field("measure: title null", create, "title", "null"));
        rows.add(field("measure: title blank", create, "title", "\"   \""));
        rows.add(field("measure: number 1.5", create, "number", "1.5"));
        rows.add(field("measure: number as text", create, "number", "\"abc\""));
        rows.add(field("measure: number 0", create, "number", "0"));
        rows.add(field("measure: number 10000", create, "number", "10000"));
        rows.add(field("measure: number 1e400", create, "number", "1e400"));
        rows.add(field("measure: number beyond long", create, "number", "99999999999999999999999"));
        rows.add(field("measure: status 0", create, "status", "0"));
        rows.add(field("measure: status unknown", create, "status", "\"FINISHED\""));
        rows.add(field("measure: status lower case", create, "status", "\"planned\""));
        rows.add(field("measure: themeId 1.5", create, "themeId", "1.5"));
        rows.add(field("measure: themeId unknown", create, "themeId", "99999999"));
        rows.add(field("measure: indicatorCodes a string", create, "indicatorCodes", "\"8\""));
        rows.add(field("measure: indicatorCodes a number", create, "indicatorCodes", "[8]"));
        rows.add(field("measure: indicatorCodes unknown", create, "indicatorCodes", "[\"99.999\"]"));
        rows.add(field("measure: indicatorCodes null element", create, "indicatorCodes", "[null]"));
        rows.add(field("measure: methodSteps 31", create, "methodSteps", "[" + "\"ขั้น\",".repeat(30) + "\"ขั้น\"]"));
        rows.add(field("measure: methodSteps blank", create, "methodSteps", "[\"\"]"));
        rows.add(field("measure: methodSteps BEL", create, "methodSteps", "[\"ขั้น\\u0007\"]"));
        rows.add(field("measure: startMonth 13", create, "startMonth", "\"2024-13\""));
        rows.add(field("measure: startMonth text", create, "startMonth", "\"soon\""));
        rows.add(field("measure: endMonth a number", create, "endMonth", "202405"));
        rows.add(field("measure: monitoring too long", create, "monitoring", "\"" + "ก".repeat(20_001) + "\""));
        rows.add(field("measure: outcome lone surrogate", create, "outcome", "\"\\uDFFF\""));
        rows.add(
                field("measure: evidence javascript:", create, "evidenceLinks", "[{\"url\":\"javascript:alert(1)\"}]"));
        rows.add(field("measure: evidence empty url", create, "evidenceLinks", "[{\"url\":\"\"}]"));
        rows.add(field(
                "measure: evidence label too long",
                create,
                "evidenceLinks",
                "[{\"url\":\"https://example.org\",\"label\":\"" + "x".repeat(501) + "\"}]"));
        rows.add(field(
                "measure: progress note 30 February",
                create,
                "progressNotes",
                "[{\"date\":\"2024-02-30\",\"note\":\"x\"}]"));
        rows.add(field("measure: progress note without date", create, "progressNotes", "[{\"note\":\"x\"}]"));
        rows.add(field(
                "measure: progress note NUL",
                create,
                "progressNotes",
                "[{\"date\":\"2024-02-01\",\"note\":\"\\u0000\"}]"));
        rows.add(field("measure: departmentIds negative", create, "departmentIds", "[-1]"));
        rows.add(field("measure: departmentIds unknown", create, "departmentIds", "[99999999]"));
        rows.add(field("measure: departmentIds 1.5", create, "departmentIds", "[1.5]"));
        rows.add(field("measure update: version missing", update, "version", null));
        rows.add(field("measure update: version 1.5", update, "version", "1.5"));
        rows.add(field("measure update: version text", update, "version", "\"x\""));
        rows.add(field("measure update: version stale", update, "version", "999"));
        rows.add(field("measure update: number null", update, "number", "null"));
        rows.add(field("measure update: status null", update, "status", "null"));
        rows.add(field("measure update: status 0", update, "status", "0"));
        Endpoint order = endpoint("order");
        rows.add(field("order: ids null", order, "measureIds", "null"));
        rows.add(field("order: ids text", order, "measureIds", "[\"x\"]"));
        rows.add(field("order: ids 1.5", order, "measureIds", "[1.5]"));
        rows.add(field("order: ids unknown", order, "measureIds", "[99999999]"));
        rows.add(field("order: 2001 ids", order, "measureIds", "[" + "1,".repeat(2000) + "1]"));
        Endpoint copy = endpoint("copy");
        rows.add(field("copy: the same year", copy, "fromFiscalYear", "2567"));
        rows.add(field("copy: 2499", copy, "fromFiscalYear", "2499"));
        rows.add(field("copy: 1.5", copy, "fromFiscalYear", "2566.5"));
        rows.add(field("copy: as text", copy, "fromFiscalYear", "\"2566\""));
        rows.add(field("copy: null", copy, "fromFiscalYear", "null"));
    }

    private static void themesAndDepartments(List<Row> rows) {
        Endpoint theme = endpoint("theme");
        rows.add(field("theme: number 1.5", theme, "number", "1.5"));
        rows.add(field("theme: number 1000", theme, "number", "1000"));
        rows.add(field("theme: number missing", theme, "number", null));
        rows.add(field("theme: title missing", theme, "title", null));
        rows.add(field("theme update: version 1.5", endpoint("themeUpdate"), "version", "0.5"));
        Endpoint department = endpoint("department");
        rows.add(field("department: name blank", department, "name", "\" \""));
        rows.add(field("department: name missing", department, "name", null));
        rows.add(field("department: name taken", department, "name", "\"สำนักปลัดเทศบาล\""));
    }

    private static void attachments(List<Row> rows) {
        String path = YEAR + "/measures/{m}/attachments";
        rows.add(multipart("upload: no boundary", "multipart/form-data", f -> upload("b1", png(), true), 400));
        rows.add(multipart(
                "upload: empty boundary", "multipart/form-data; boundary=", f -> upload("b1", png(), true), 400));
        rows.add(multipart(
                "upload: body cut before the closing boundary",
                "multipart/form-data; boundary=b1",
                f -> upload("b1", png(), false),
                400));
        rows.add(multipart(
                "upload: another boundary than declared",
                "multipart/form-data; boundary=zz",
                f -> upload("b1", png(), true),
                400));
        rows.add(multipart("upload: garbage", "multipart/form-data; boundary=b1", f -> utf8("garbage"), 400));
        rows.add(multipart("upload: empty body", "multipart/form-data; boundary=b1", f -> new byte[0], 400));
        rows.add(multipart(
                "upload: no part named file",
                "multipart/form-data; boundary=b1",
                f -> part("b1", "other", "a.png", png()),
                400));
        rows.add(multipart(
                "upload: part without a file name",
                "multipart/form-data; boundary=b1",
                f -> part("b1", "file", null, png()),
                400));
        rows.add(multipart(
                "upload: empty file",
                "multipart/form-data; boundary=b1",
                f -> part("b1", "file", "a.png", new byte[0]),
                400));
        rows.add(multipart(
                "upload: file name of 300 characters",
                "multipart/form-data; boundary=b1",
                f -> part("b1", "file", "a".repeat(296) + ".png", png()),
                400));
        // Tomcat limits a part's headers to 512 bytes: a longer name is refused before the service sees it
        rows.add(multipart(
                "upload: part headers over 512 bytes",
                "multipart/form-data; boundary=b1",
                f -> part("b1", "file", "ก".repeat(296) + ".png", png()),
                0));
        rows.add(multipart(
                "upload: a text file",
                "multipart/form-data; boundary=b1",
                f -> part("b1", "file", "a.html", utf8("<script>alert(1)</script>")),
                415));
        rows.add(multipart(
                "upload: over the request limit",
                "multipart/form-data; boundary=b1",
                f -> part("b1", "file", "big.png", big(3_200_000)),
                413));
        rows.add(multipart(
                "upload: over the attachment limit",
                "multipart/form-data; boundary=b1",
                f -> part("b1", "file", "big.png", big(2_200_000)),
                413));
        rows.add(new Row("upload: JSON instead of multipart", Who.OFFICER, "POST", path, JSON, f -> utf8("{}"), 415));
        rows.add(new Row(
                "upload: unknown measure",
                Who.OFFICER,
                "POST",
                YEAR + "/measures/99999999/attachments",
                "multipart/form-data; boundary=b1",
                f -> upload("b1", png(), true),
                404));
        rows.add(new Row(
                "upload: measure id not a number",
                Who.OFFICER,
                "POST",
                YEAR + "/measures/abc/attachments",
                "multipart/form-data; boundary=b1",
                f -> upload("b1", png(), true),
                400));
        rows.add(new Row("attachment delete: unknown", Who.OFFICER, "DELETE", path + "/99999999", null, null, 404));
        rows.add(new Row("attachment delete: not a number", Who.OFFICER, "DELETE", path + "/abc", null, null, 400));
        rows.add(new Row(
                "attachment delete: of another measure",
                Who.OFFICER,
                "DELETE",
                YEAR + "/measures/99999999/attachments/{a}",
                null,
                null,
                404));
    }

    private static void scores(List<Row> rows) {
        Endpoint scores = endpoint("scores");
        rows.add(field("scores: indicators null", scores, "indicators", "null"));
        rows.add(field("scores: indicators an array", scores, "indicators", "[80]"));
        rows.add(field("scores: score as text", scores, "indicators", "{\"1\":\"abc\"}"));
        rows.add(field("scores: score 101", scores, "indicators", "{\"1\":101}"));
        rows.add(field("scores: score negative", scores, "indicators", "{\"1\":-1}"));
        rows.add(field("scores: score 1e400", scores, "indicators", "{\"1\":1e400}"));
        rows.add(field("scores: unknown indicator", scores, "indicators", "{\"99\":50}"));
        rows.add(field("scores: indicator code with BEL", scores, "indicators", "{\"1\\u0007\":50}"));
        rows.add(field("scores: publishedOverall text", scores, "publishedOverall", "\"x\""));
        rows.add(field("scores: version 1.5", scores, "version", "1.5"));
        rows.add(new Row(
                "scores delete: year not a number",
                Who.OFFICER,
                "DELETE",
                "/t/{c}/api/fiscal-years/abc/scores",
                null,
                null,
                400));
        rows.add(new Row(
                "scores delete: year 2499",
                Who.OFFICER,
                "DELETE",
                "/t/{c}/api/fiscal-years/2499/scores",
                null,
                null,
                400));
    }

    private static void imports(List<Row> rows) {
        Endpoint imports = endpoint("import");
        rows.add(field("import: another format", imports, "format", "\"prongsai.fiscal-year/9\""));
        rows.add(field("import: another year", imports, "fiscalYear", "2566"));
        rows.add(field("import: year 1.5", imports, "fiscalYear", "2567.5"));
        rows.add(field("import: a null measure", imports, "measures", "[null]"));
        rows.add(field(
                "import: measure number 1.5",
                imports,
                "measures",
                "[{\"number\":1.5,\"title\":\"x\"," + "\"status\":\"PLANNED\"}]"));
        rows.add(field(
                "import: measure status 0", imports, "measures", "[{\"number\":1,\"title\":\"x\"," + "\"status\":0}]"));
        rows.add(field(
                "import: measure title BEL",
                imports,
                "measures",
                "[{\"number\":1,\"title\":\"x\\u0007\"," + "\"status\":\"PLANNED\"}]"));
        rows.add(field("import: theme number 1000", imports, "themes", "[{\"number\":1000,\"title\":\"x\"}]"));
        rows.add(field("import: department too long", imports, "departments", "[\"" + "ก".repeat(201) + "\"]"));
        rows.add(
                field(
                        "import: attachment not base64",
                        imports,
                        "measures",
                        "[{\"number\":1,\"title\":\"x\","
                                + "\"status\":\"PLANNED\",\"attachments\":[{\"fileName\":\"a.png\",\"contentBase64\":\"%%%\"}]}]"));
        rows.add(field(
                "import: attachment file name too long",
                imports,
                "measures",
                "[{\"number\":1,\"title\":\"x\","
                        + "\"status\":\"PLANNED\",\"attachments\":[{\"fileName\":\"" + "a".repeat(300) + ".png\","
                        + "\"contentBase64\":\"" + Base64.getEncoder().encodeToString(png()) + "\"}]}]"));
    }

    private static void workflow(List<Row> rows) {
        Endpoint submit = endpoint("submit");
        rows.add(field("submit: digits roman", submit, "digits", "\"roman\""));
        rows.add(field("submit: unknown template", submit, "template", "\"nosuch\""));
        rows.add(field("submit: digits 0", submit, "digits", "0"));
        Endpoint reject = endpoint("reject");
        rows.add(field("reject: reason missing", reject, "reason", null));
        rows.add(field("reject: reason blank", reject, "reason", "\"  \""));
        String report = YEAR + "/report/";
        rows.add(new Row(
                "approve: nothing submitted", Who.HEAD, "POST", report + "approve", JSON, f -> utf8("{}"), 409));
        rows.add(new Row("publish: nothing approved", Who.ADMIN, "POST", report + "publish", null, null, 409));
        rows.add(new Row(
                "publish: year not a number",
                Who.ADMIN,
                "POST",
                "/t/{c}/api/fiscal-years/x/report/publish",
                null,
                null,
                400));
        rows.add(new Row(
                "publish: year 2701",
                Who.ADMIN,
                "POST",
                "/t/{c}/api/fiscal-years/2701/report/publish",
                null,
                null,
                400));
        rows.add(new Row("publish: an officer", Who.OFFICER, "POST", report + "publish", null, null, 403));
        rows.add(new Row(
                "submit: PATCH is not allowed", Who.OFFICER, "PATCH", report + "submit", JSON, f -> utf8("{}"), 405));
    }

    private static void templatesAndSettings(List<Row> rows) {
        Endpoint template = endpoint("template");
        rows.add(field("template: digits 0", template, "digits", "0"));
        rows.add(field("template: digits unknown", template, "digits", "\"ROMAN\""));
        rows.add(field("template: section unknown", template, "sections", "[\"NOPE\"]"));
        rows.add(field("template: sections empty", template, "sections", "[]"));
        rows.add(field(
                "template: column width 1.5",
                template,
                "columns",
                "[{\"field\":\"TITLE\",\"heading\":\"x\"," + "\"width\":1.5}]"));
        rows.add(field(
                "template: column width 0",
                template,
                "columns",
                "[{\"field\":\"TITLE\",\"heading\":\"x\"," + "\"width\":0}]"));
        rows.add(field(
                "template: column width null",
                template,
                "columns",
                "[{\"field\":\"TITLE\",\"heading\":\"x\"," + "\"width\":null}]"));
        rows.add(field(
                "template: column heading BEL",
                template,
                "columns",
                "[{\"field\":\"TITLE\"," + "\"heading\":\"x\\u0007\",\"width\":10}]"));
        rows.add(field(
                "template: 9 columns",
                template,
                "columns",
                "[" + "{\"field\":\"TITLE\",\"heading\":\"x\"," + "\"width\":10},".repeat(8)
                        + "{\"field\":\"TITLE\",\"heading\":\"x\",\"width\":10}]"));
        rows.add(field("template: another code", template, "code", "\"own-2\""));
        rows.add(new Row(
                "template: a preset's code",
                Who.ADMIN,
                "PUT",
                "/t/{c}/api/report-templates/tha-phae-2567",
                JSON,
                f -> utf8(f.base("template").put("code", "tha-phae-2567").toString()),
                400));
        rows.add(new Row(
                "template: code not allowed",
                Who.ADMIN,
                "PUT",
                "/t/{c}/api/report-templates/A!",
                JSON,
                f -> utf8(f.base("template").put("code", "A!").toString()),
                400));
        rows.add(new Row(
                "template: an officer",
                Who.OFFICER,
                "PUT",
                "/t/{c}/api/report-templates/own-1",
                JSON,
                f -> utf8(f.base("template").toString()),
                403));
        rows.add(new Row(
                "template delete: unknown",
                Who.ADMIN,
                "DELETE",
                "/t/{c}/api/report-templates/nosuch",
                null,
                null,
                404));
        Endpoint settings = endpoint("settings");
        rows.add(field("settings: unknown position", settings, "approvalChain", "[\"JANITOR\"]"));
        rows.add(field("settings: position 0", settings, "approvalChain", "[0]"));
        rows.add(field("settings: chain a string", settings, "approvalChain", "\"MAYOR\""));
        rows.add(field("settings: chain empty", settings, "approvalChain", "[]"));
        rows.add(field("settings: chain repeats", settings, "approvalChain", "[\"MAYOR\",\"MAYOR\"]"));
        rows.add(field("settings: letter prefix blank", settings, "letterPrefix", "\"\""));
        rows.add(field("settings: phone letters", settings, "phone", "\"call me\""));
        rows.add(field("settings: phone BEL", settings, "phone", "\"075\\u0007\""));
    }

    private static void frameworks(List<Row> rows) {
        Endpoint framework = endpoint("framework");
        rows.add(field("framework: year 1.5", framework, "fiscalYear", "2699.5"));
        rows.add(field("framework: another year", framework, "fiscalYear", "2698"));
        rows.add(field("framework: pass mark text", framework, "passMark", "\"x\""));
        rows.add(field("framework: tools missing", framework, "tools", null));
        rows.add(field("framework: unknown field", framework, "passmark", "85"));
        rows.add(new Row(
                "framework: year not a number",
                Who.NATIONAL,
                "PUT",
                "/api/frameworks/abc",
                JSON,
                f -> utf8(f.base("framework").toString()),
                400));
        rows.add(new Row(
                "framework: a municipal admin",
                Who.ADMIN,
                "PUT",
                "/api/frameworks/2699",
                JSON,
                f -> utf8(f.base("framework").toString()),
                403));
    }

    private static void paths(List<Row> rows) {
        for (String year : List.of("abc", "2499", "2701", "2567.0", "-2567", "99999999999")) {
            rows.add(new Row(
                    "measure create: year " + year,
                    Who.OFFICER,
                    "POST",
                    "/t/{c}/api/fiscal-years/" + year + "/measures",
                    JSON,
                    f -> utf8("{\"title\":\"x\"}"),
                    400));
        }
        for (String id : List.of("abc", "1.5", "99999999999999999999")) {
            rows.add(new Row(
                    "measure update: id " + id,
                    Who.OFFICER,
                    "PUT",
                    YEAR + "/measures/" + id,
                    JSON,
                    f -> utf8(f.base("measureUpdate").toString()),
                    400));
            rows.add(new Row(
                    "measure delete: id " + id, Who.OFFICER, "DELETE", YEAR + "/measures/" + id, null, null, 400));
            rows.add(new Row("theme delete: id " + id, Who.OFFICER, "DELETE", YEAR + "/themes/" + id, null, null, 400));
        }
        rows.add(new Row(
                "measure update: unknown id",
                Who.OFFICER,
                "PUT",
                YEAR + "/measures/99999999",
                JSON,
                f -> utf8(f.base("measureUpdate").toString()),
                404));
        rows.add(new Row(
                "measure delete: unknown id", Who.OFFICER, "DELETE", YEAR + "/measures/99999999", null, null, 404));
        rows.add(new Row(
                "measure delete: of another year",
                Who.OFFICER,
                "DELETE",
                "/t/{c}/api/fiscal-years/2566/measures/{m}",
                null,
                null,
                404));
        rows.add(new Row("measure delete: id %00", Who.OFFICER, "DELETE", YEAR + "/measures/%00", null, null, 400));
        rows.add(new Row(
                "measure delete: encoded slash", Who.OFFICER, "DELETE", YEAR + "/measures/1%2F2", null, null, 400));
        rows.add(new Row(
                "measure update: an unknown path",
                Who.OFFICER,
                "PUT",
                YEAR + "/measures/1/nothing",
                JSON,
                f -> utf8("{}"),
                404));
        rows.add(
                new Row("theme delete: unknown id", Who.OFFICER, "DELETE", YEAR + "/themes/99999999", null, null, 404));
        rows.add(new Row(
                "measure create: a tenant code not allowed",
                Who.OFFICER,
                "POST",
                "/t/BAD!/api/fiscal-years/2567/measures",
                JSON,
                f -> utf8("{\"title\":\"x\"}"),
                0));
        rows.add(new Row(
                "measure create: a service token",
                Who.SERVICE,
                "POST",
                YEAR + "/measures",
                JSON,
                f -> utf8("{\"title\":\"x\"}"),
                0));
        rows.add(new Row(
                "schema: a tenant code not allowed",
                Who.SERVICE,
                "PUT",
                "/internal/tenants/BAD!/schema",
                JSON,
                f -> utf8("{\"province\":\"80\",\"nameTh\":\"x\"}"),
                400));
        rows.add(new Row(
                "schema: malformed JSON",
                Who.SERVICE,
                "PUT",
                "/internal/tenants/bad-new/schema",
                JSON,
                f -> utf8("{\"province\":"),
                400));
    }

    private static Endpoint endpoint(String base) {
        return JSON_ENDPOINTS.stream()
                .filter(e -> e.base().equals(base))
                .findFirst()
                .orElseThrow();
    }

    private static Row row(String name, Endpoint e, String contentType, Function<Fixture, byte[]> body, int expected) {
        return new Row(name, e.who(), e.method(), e.path(), contentType, body, expected);
    }

    /** The endpoint's valid body with one field set to raw JSON ({@code null}: the field removed); a 4xx expected. */
    private static Row field(String name, Endpoint e, String field, String rawJson) {
        return new Row(
                name,
                e.who(),
                e.method(),
                e.path(),
                JSON,
                f -> {
                    ObjectNode body = f.base(e.base());
                    if (rawJson == null) {
                        body.remove(field);
                        return utf8(body.toString());
                    }
                    body.put(field, "@@RAW@@");
                    return utf8(body.toString().replace("\"@@RAW@@\"", rawJson));
                },
                0);
    }

    private static Row multipart(String name, String contentType, Function<Fixture, byte[]> body, int expected) {
        return new Row(name, Who.OFFICER, "POST", YEAR + "/measures/{m}/attachments", contentType, body, expected);
    }

    /** The body with a text field (or a new field when none) whose value is these raw bytes. */
    private static byte[] withRawField(ObjectNode base, String field, byte[] raw) {
        String name = field == null ? "note" : field;
        base.put(name, "@@RAW@@");
        String[] halves = base.toString().split("@@RAW@@", 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(halves[0]));
        out.writeBytes(raw);
        out.writeBytes(utf8(halves[1]));
        return out.toByteArray();
    }

    private static byte[] hugeBody() {
        return utf8("{\"title\":\"" + "x".repeat(1_600_000) + "\"}");
    }

    private static byte[] upload(String boundary, byte[] file, boolean closed) {
        byte[] whole = part(boundary, "file", "a.png", file);
        if (closed) {
            return whole;
        }
        int cut = whole.length - ("\r\n--" + boundary + "--\r\n").length();
        return Arrays.copyOf(whole, cut);
    }

    private static byte[] part(String boundary, String name, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"")
                + "\r\nContent-Type: application/octet-stream\r\n\r\n"));
        body.writeBytes(content);
        body.writeBytes(utf8("\r\n--" + boundary + "--\r\n"));
        return body.toByteArray();
    }

    /** A PNG signature followed by filler: sniffed as PNG, this many bytes. */
    private static byte[] big(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(png(), 0, bytes, 0, png().length);
        return bytes;
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode object(String json) {
        return (ObjectNode) Api.JSON.readTree(json);
    }

    private String provisioned(Api api, String prefix) {
        String code = newCode(prefix);
        assertThat(api.provision(code, "80").status()).isEqualTo(200);
        return code;
    }

    private HttpResponse<String> send(Row row) throws IOException, InterruptedException {
        String path = row.path()
                .replace("{c}", fixture.code())
                .replace("{m}", String.valueOf(fixture.measureId()))
                .replace("{t}", String.valueOf(fixture.themeId()))
                .replace("{a}", String.valueOf(fixture.attachmentId()));
        // one token for the header and the proof: a second one minted a second later would not match the proof
        String token = token(row.who());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (path.startsWith("/t/" + fixture.code() + "/")) {
            Api.gatewayHeaders(fixture.code(), token).forEach(request::header);
        }
        if (row.contentType() != null) {
            request.header("Content-Type", row.contentType());
        }
        byte[] body = row.body() == null ? null : row.body().apply(fixture);
        request.method(
                row.method(),
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(Who who) {
        return switch (who) {
            case OFFICER -> TestTokens.officer(fixture.code());
            case ADMIN -> TestTokens.municipalAdmin(fixture.code());
            case HEAD -> TestTokens.approver(fixture.code(), "HEAD_OF_OFFICE");
            case NATIONAL -> TestTokens.nationalAdmin();
            case SERVICE -> TestTokens.service();
        };
    }

    /** Every table of the tenant's schema (rows and content), the framework catalogue and the tenant registry copy. */
    private Map<String, String> stored() {
        Map<String, String> state = new LinkedHashMap<>();
        String schema = schemaOf(fixture.code());
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                        + " AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'databasechangelog%' ORDER BY 1",
                String.class, schema);
        for (String table : tables) {
            state.put(
                    table,
                    jdbc.queryForObject(
                            "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                                    + "ORDER BY t::text)), '') FROM " + schema + "." + table + " t",
                            String.class));
        }
        state.put(
                "reporting.frameworks",
                jdbc.queryForObject(
                        "SELECT count(*) || ':' || coalesce(md5(string_agg("
                                + "t::text, '|' ORDER BY t::text)), '') FROM reporting.frameworks t",
                        String.class));
        state.put(
                "schemas",
                String.valueOf(jdbc.queryForObject(
                        "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 't_bad%'", Integer.class)));
        return state;
    }
}
