package th.prongsai.report.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class FrameworkApiIT extends ReportIntegrationTest {

    @Test
    void everySignedInUserReadsTheBuiltInYears() {
        Api.Response list = api.send("GET", "/api/frameworks", TestTokens.officer("anyone"), null, null);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsString("levelScheme")).contains("LETTERS", "THAI_LABELS");
        List<Integer> years = list.json().findValues("fiscalYear").stream()
                .map(JsonNode::asInt)
                .toList();
        assertThat(years).contains(2563, 2564, 2565, 2566, 2567, 2568).isSorted();

        JsonNode y2567 = api.send("GET", "/api/frameworks/2567", TestTokens.provincialOfficer("23"), null, null)
                .json();
        assertThat(y2567.get("passMark").asInt()).isEqualTo(85);
        assertThat(y2567.get("tools").findValuesAsString("code")).contains("IIT", "EIT", "OIT", "9.3", "10.2");
        assertThat(api.send("GET", "/api/frameworks/2590", TestTokens.nationalAdmin(), null, null)
                        .status())
                .isEqualTo(404);
        assertThat(api.send("GET", "/api/frameworks", null, null, null).status())
                .isEqualTo(401);
    }

    @Test
    void aNationalAdminAddsTheNextYearAndItIsUsedAtOnce() {
        int year = 2600 + (int) (System.nanoTime() % 90);
        ObjectNode next = nextYear(year);
        ((ObjectNode) next.get("tools").get(2).get("indicators").get(0)).put("nameTh", "การเปิดเผยข้อมูล (ปรับปรุง)");

        Api.Response refused = api.send("PUT", "/api/frameworks/" + year, TestTokens.municipalAdmin("x"), null, next);
        assertThat(refused.status()).isEqualTo(403);
        Api.Response created = api.send("PUT", "/api/frameworks/" + year, TestTokens.nationalAdmin(), null, next);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(api.send("PUT", "/api/frameworks/" + year, TestTokens.nationalAdmin(), null, next)
                        .status())
                .as("replacing")
                .isEqualTo(200);

        assertThat(api.send("GET", "/api/frameworks/" + year, TestTokens.officer("x"), null, null)
                        .json()
                        .get("tools")
                        .get(2)
                        .get("indicators")
                        .get(0)
                        .get("nameTh")
                        .asString())
                .isEqualTo("การเปิดเผยข้อมูล (ปรับปรุง)");
        String code = provisioned("fw", "23");
        Api.Response scores = api.tenant(
                "PUT",
                code,
                "/api/fiscal-years/" + year + "/scores",
                TestTokens.officer(code),
                Map.of(
                        "indicators",
                        Map.of(
                                "1", 90, "2", 90, "3", 90, "4", 90, "5", 90, "6", 90, "7", 90, "8", 90, "9", 90, "10",
                                90)));
        assertThat(scores.status()).as(scores.toString()).isEqualTo(200);
        assertThat(scores.json().get("indicators").get(8).get("nameTh").asString())
                .isEqualTo("การเปิดเผยข้อมูล (ปรับปรุง)");
        assertThat(scores.json().get("level").get("labelTh").asString()).isEqualTo("ผ่านดี");
    }

    @Test
    void anInvalidFrameworkIsRefusedWithItsFieldsAndNothingIsStored() {
        int year = 2691 + (int) (System.nanoTime() % 9);
        ObjectNode weights = nextYear(year);
        ((ObjectNode) weights.get("tools").get(0)).put("weight", 20);
        assertInvalid(put(year, weights));

        ObjectNode duplicate = nextYear(year);
        ((ObjectNode) duplicate.get("tools").get(1).get("indicators").get(0)).put("code", "1");
        assertInvalid(put(year, duplicate));

        ObjectNode gap = nextYear(year);
        ArrayNode levels = (ArrayNode) gap.get("levelScheme").get("levels");
        ((ObjectNode) levels.get(levels.size() - 1)).put("minOverall", 10);
        assertInvalid(put(year, gap));

        ObjectNode otherYear = nextYear(year);
        assertInvalid(api.send("PUT", "/api/frameworks/" + (year - 1), TestTokens.nationalAdmin(), null, otherYear));
        assertInvalid(put(year, "{\"fiscalYear\":" + year + "}"));
        Api.Response notJson = put(year, "{oops");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");

        assertThat(api.send("GET", "/api/frameworks/" + year, TestTokens.nationalAdmin(), null, null)
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM reporting.frameworks WHERE fiscal_year = ?", Integer.class, year))
                .isZero();
    }

    @Test
    void everyTextOfAFrameworkHasALengthAndThePlatformsTextRule() {
        int year = 2681 + (int) (System.nanoTime() % 9);
        ObjectNode huge = nextYear(year);
        huge.put("nameTh", "ก".repeat(100_000));
        assertInvalid(put(year, huge), "nameTh");

        ObjectNode longIndicator = nextYear(year);
        ((ObjectNode) longIndicator.get("tools").get(2).get("indicators").get(0)).put("nameEn", "x".repeat(501));
        assertInvalid(put(year, longIndicator), "tools[2].indicators[0].nameEn");

        ObjectNode bell = nextYear(year);
        ((ObjectNode) bell.get("levelScheme").get("levels").get(0)).put("labelTh", "ดีมาก\u0007");
        assertInvalid(put(year, bell), "levelScheme.levels[0].labelTh");

        ObjectNode surrogate = nextYear(year);
        ((ObjectNode) surrogate.get("tools").get(0)).put("nameTh", "เครื่องมือLONE");
        // the escape itself goes over the wire: a lone surrogate cannot be encoded as UTF-8
        assertInvalid(put(year, Api.JSON.writeValueAsString(surrogate).replace("LONE", "\\uD800")), "tools[0].nameTh");

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM reporting.frameworks WHERE fiscal_year = ?", Integer.class, year))
                .isZero();
    }

    private Api.Response put(int year, Object body) {
        return api.send("PUT", "/api/frameworks/" + year, TestTokens.nationalAdmin(), null, body);
    }

    private ObjectNode nextYear(int year) {
        ObjectNode framework =
                (ObjectNode) api.send("GET", "/api/frameworks/2568", TestTokens.nationalAdmin(), null, null)
                        .json();
        framework.put("fiscalYear", year);
        framework.putNull("itasWindow"); // 2568's window lies in 2568, not in the new year
        return framework;
    }
}
