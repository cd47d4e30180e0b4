package th.prongsai.report.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class FiscalYearExchangeIT extends ReportIntegrationTest {

    static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    @Test
    void exportThenImportElsewhereLosesNothing() {
        String a = provisioned("xa", "23");
        String b = provisioned("xb", "23");
        Api.Response imported = importYear(a, document());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("measures").asInt()).isEqualTo(2);
        assertThat(imported.json().get("attachments").asInt()).isEqualTo(1);

        JsonNode exported = export(a);
        assertThat(importYear(b, exported).status()).isEqualTo(200);
        JsonNode again = export(b);

        assertThat(again).isEqualTo(exported);
        assertThat(exported.get("measures")
                        .get(0)
                        .get("attachments")
                        .get(0)
                        .get("contentBase64")
                        .asString())
                .isEqualTo(PNG);
        assertThat(exported.get("scores").get("publishedLevel").asString()).isEqualTo("ต้องปรับปรุงโดยด่วน");
        assertThat(exported.get("measures").get(1).get("departments").get(0).asString())
                .isEqualTo("กองคลัง");
        assertThat(api.tenant("GET", b, "/api/fiscal-years/2567/scores", TestTokens.officer(b), null)
                        .json()
                        .get("overall")
                        .decimalValue())
                .isEqualByComparingTo("68.50");

        assertThat(importYear(a, exported).status())
                .as("importing a year again replaces it")
                .isEqualTo(200);
        assertThat(export(a)).isEqualTo(exported);
        assertThat(count(schemaOf(a), "measures")).isEqualTo(2);
    }

    @Test
    void csvIsUtf8WithABomForExcel() {
        String code = provisioned("xc", "23");
        importYear(code, document());

        HttpResponse<byte[]> csv =
                api.bytes(code, "/api/fiscal-years/2567/export?format=csv", TestTokens.officer(code));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains(code + "-2567.csv");
        byte[] body = csv.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).startsWith("\"ลำดับ\",\"ประเด็น\",\"มาตรการ/กิจกรรม\"");
        assertThat(text)
                .contains("\"เผยแพร่ข้อมูล \"\"ข่าวสาร\"\"\"")
                .contains("\"'=SUM(A1)\"")
                .contains("ตุลาคม 2566")
                .contains("ดำเนินการแล้ว");
    }

    @Test
    void aBadDocumentIsRefusedRowByRowAndTheYearStaysAsItWas() {
        String code = provisioned("xd", "23");
        importYear(code, document());
        String schema = schemaOf(code);
        JsonNode before = export(code);

        ObjectNode bad = (ObjectNode) document();
        ObjectNode second = (ObjectNode) bad.get("measures").get(1);
        second.put("title", "");
        second.put("theme", 9);
        ((ObjectNode) bad.get("measures").get(0).get("attachments").get(0)).put("contentBase64", "PGh0bWw+");
        bad.put("fiscalYear", 2566);

        Api.Response refused = importYear(code, bad);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .contains(
                        "fiscalYear",
                        "measures[1].title",
                        "measures[1].theme",
                        "measures[0].attachments[0].contentBase64");
        ObjectNode rules = (ObjectNode) document();
        ((ObjectNode) rules.get("measures").get(1)).putArray("indicatorCodes").add("12");
        ((ObjectNode) rules.get("measures").get(1)).put("startMonth", "2020-01").put("endMonth", "2020-02");
        ((ObjectNode) rules.get("scores").get("indicators")).put("4", 101);
        refused = importYear(code, rules);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .contains("measures[1].indicatorCodes[0]", "measures[1].startMonth", "scores.indicators.4");
        assertThat(importYear(code, Map.of("format", "something-else", "fiscalYear", 2567))
                        .json()
                        .get("errors")
                        .findValuesAsString("field"))
                .contains("format");
        assertInvalid(
                api.tenant("GET", code, "/api/fiscal-years/2567/export?format=xml", TestTokens.officer(code), null),
                "format");
        assertInvalid(
                api.tenant(
                        "PUT",
                        code,
                        "/api/fiscal-years/2567/import",
                        TestTokens.officer(code),
                        "{\"format\":\"prongsai.fiscal-year/1\",\"fiscalYear\":2567,\"measures\":[{\"startMonth\":\"13/2566\"}]}"),
                "measures[0].startMonth");
        assertThat(export(code)).isEqualTo(before);
        assertThat(count(schema, "measures")).isEqualTo(2);
    }

    private Api.Response importYear(String code, Object document) {
        return api.tenant("PUT", code, "/api/fiscal-years/2567/import", TestTokens.officer(code), document);
    }

    private JsonNode export(String code) {
        Api.Response response =
                api.tenant("GET", code, "/api/fiscal-years/2567/export", TestTokens.officer(code), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode document() {
        return Api.JSON.valueToTree(Map.of(
                "format", "prongsai.fiscal-year/1",
                "fiscalYear", 2567,
                "departments", List.of("สำนักปลัดเทศบาล", "กองคลัง"),
                "themes", List.of(Map.of("number", 1, "title", "การเปิดเผยข้อมูล")),
                "measures",
                        List.of(
                                Map.ofEntries(
                                        Map.entry("number", 1),
                                        Map.entry("title", "เผยแพร่ข้อมูล \"ข่าวสาร\""),
                                        Map.entry("theme", 1),
                                        Map.entry("indicatorCodes", List.of("9.1")),
                                        Map.entry("methodSteps", List.of("รวบรวม", "เผยแพร่")),
                                        Map.entry("departments", List.of("สำนักปลัดเทศบาล")),
                                        Map.entry("startMonth", "2023-10"),
                                        Map.entry("endMonth", "2024-09"),
                                        Map.entry("monitoring", "รายไตรมาส"),
                                        Map.entry("status", "DONE"),
                                        Map.entry(
                                                "progressNotes",
                                                List.of(Map.of("date", "2024-01-15", "note", "ครึ่งทาง"))),
                                        Map.entry("outputSummary", "=SUM(A1)"),
                                        Map.entry("outcome", "ดีขึ้น"),
                                        Map.entry(
                                                "evidenceLinks",
                                                List.of(Map.of("url", "https://example.go.th/a", "label", "หน้า"))),
                                        Map.entry(
                                                "attachments",
                                                List.of(Map.of(
                                                        "fileName",
                                                        "ภาพ.png",
                                                        "mediaType",
                                                        "image/png",
                                                        "contentBase64",
                                                        PNG)))),
                                Map.of(
                                        "number",
                                        2,
                                        "title",
                                        "จัดซื้อจัดจ้างโปร่งใส",
                                        "indicatorCodes",
                                        List.of("9.3"),
                                        "departments",
                                        List.of("กองคลัง"),
                                        "status",
                                        "NOT_DONE")),
                "scores",
                        Map.of(
                                "indicators",
                                Map.of(
                                        "1", 82.50, "2", 83.06, "3", 88.33, "4", 65.00, "5", 71.80, "6", 89.26, "7",
                                        82.34, "8", 65.20, "9", 63.57, "10", 43.34),
                                "publishedOverall",
                                68.51,
                                "publishedLevel",
                                "ต้องปรับปรุงโดยด่วน")));
    }
}
