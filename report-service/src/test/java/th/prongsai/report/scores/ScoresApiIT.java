package th.prongsai.report.scores;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import tools.jackson.databind.JsonNode;

/** Scores and the analysis, with the known answers of the Tha Phae seed (003). */
class ScoresApiIT extends ReportIntegrationTest {

    static final String[] THA_PHAE_2566 = {
        "87.29", "72.46", "81.21", "73.35", "68.27", "80.92", "72.97", "68.90", "80.00", "67.50"
    };
    static final String[] THA_PHAE_2567 = {
        "82.50", "83.06", "88.33", "65.00", "71.80", "89.26", "82.34", "65.20", "63.57", "43.34"
    };

    String code;
    String schema;
    String token;

    @BeforeEach
    void tenant() {
        code = provisioned("s", "63");
        schema = schemaOf(code);
        token = TestTokens.officer(code);
    }

    @Test
    void thaPhaeScoresGiveTheSeedsFiguresAndLevels() {
        assertThat(put(2566, scores(THA_PHAE_2566, "74.74", "ต้องปรับปรุง", null))
                        .status())
                .isEqualTo(200);
        Api.Response stored = put(2567, scores(THA_PHAE_2567, "68.51", "ต้องปรับปรุงโดยด่วน", null));
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);

        JsonNode y2566 = get(2566).json();
        assertThat(y2566.get("overall").decimalValue()).isEqualByComparingTo("74.73");
        assertThat(y2566.get("publishedOverall").decimalValue()).isEqualByComparingTo("74.74");
        assertThat(y2566.get("level").get("labelTh").asString()).isEqualTo("ต้องปรับปรุง");
        assertThat(y2566.get("mismatches")).as("0.01 apart is within tolerance").isEmpty();

        JsonNode y2567 = get(2567).json();
        assertThat(y2567.get("overall").decimalValue()).isEqualByComparingTo("68.50");
        assertThat(y2567.get("publishedOverall").decimalValue()).isEqualByComparingTo("68.51");
        assertThat(y2567.get("level").get("labelTh").asString()).isEqualTo("ต้องปรับปรุงโดยด่วน");
        assertThat(y2567.get("publishedLevel").get("labelTh").asString()).isEqualTo("ต้องปรับปรุงโดยด่วน");
        assertThat(y2567.get("passed").asBoolean()).isFalse();
        assertThat(y2567.get("previousFiscalYear").asInt()).isEqualTo(2566);
        assertThat(y2567.get("indicators")).hasSize(10);
        List<String> passing = new ArrayList<>();
        for (JsonNode indicator : y2567.get("indicators")) {
            if (indicator.get("passed").asBoolean()) {
                passing.add(indicator.get("code").asString());
            }
        }
        assertThat(passing).containsExactly("3", "6");
        JsonNode eight = y2567.get("indicators").get(7);
        assertThat(eight.get("code").asString()).isEqualTo("8");
        assertThat(eight.get("nameTh").asString()).isEqualTo("การปรับปรุงระบบการทำงาน");
        assertThat(eight.get("change").decimalValue()).isEqualByComparingTo("-3.70");
        assertThat(eight.get("trend").asString()).isEqualTo("DECREASED");
        assertThat(eight.get("trendTh").asString()).isEqualTo("ลดลง");
        assertThat(y2567.get("tools").findValuesAsString("code")).containsExactly("IIT", "EIT", "OIT");
    }

    @Test
    void aPublishedOverallFarFromTheComputedOneIsReported() {
        put(2567, scores(THA_PHAE_2567, "86.00", "ผ่าน", null));

        JsonNode view = get(2567).json();
        assertThat(view.get("mismatches").findValuesAsString("field")).containsExactly("overall", "level");
        assertThat(view.get("mismatches").get(0).get("difference").decimalValue())
                .isEqualByComparingTo("17.50");
    }

    @Test
    void replacingNeedsTheVersionLastRead() {
        assertThat(put(2567, scores(THA_PHAE_2567, null, null, null)).status()).isEqualTo(200);
        Map<String, Object> changed = scores(THA_PHAE_2566, null, null, null);

        Api.Response withoutVersion = put(2567, changed);
        assertThat(withoutVersion.status()).isEqualTo(409);
        changed.put("version", 0);
        Api.Response updated = put(2567, changed);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("version").asLong()).isEqualTo(1);
        assertThat(put(2567, changed).status()).as("version 0 is stale now").isEqualTo(409);
        assertThat(get(2567).json().get("overall").decimalValue()).isEqualByComparingTo("74.73");
    }

    @Test
    void badScoresAreRefusedNamingTheFieldAndNothingIsStored() {
        Map<String, Object> tooHigh = scores(THA_PHAE_2567, null, null, null);
        indicators(tooHigh).put("3", new BigDecimal("100.01"));
        assertInvalid(put(2567, tooHigh), "indicators.3");
        Map<String, Object> negative = scores(THA_PHAE_2567, null, null, null);
        indicators(negative).put("1", new BigDecimal("-1"));
        assertInvalid(put(2567, negative), "indicators.1");
        Map<String, Object> decimals = scores(THA_PHAE_2567, null, null, null);
        indicators(decimals).put("10", new BigDecimal("43.345"));
        assertInvalid(put(2567, decimals), "indicators.10");
        Map<String, Object> missing = scores(THA_PHAE_2567, null, null, null);
        indicators(missing).remove("7");
        assertInvalid(put(2567, missing), "indicators.7");
        Map<String, Object> unknown = scores(THA_PHAE_2567, null, null, null);
        indicators(unknown).put("11", new BigDecimal("50"));
        assertInvalid(put(2567, unknown), "indicators.11");
        Map<String, Object> text = scores(THA_PHAE_2567, null, null, null);
        indicators(text).put("2", "eighty");
        assertInvalid(put(2567, text), "indicators.2");
        assertInvalid(put(2567, scores(THA_PHAE_2567, "100.5", null, null)), "publishedOverall");
        assertInvalid(put(2567, scores(THA_PHAE_2567, null, "AA", null)), "publishedLevel");
        assertInvalid(put(2567, Map.of()), "indicators");
        assertInvalid(api.tenant("PUT", code, "/api/fiscal-years/25x7/scores", token, Map.of()), "fy");
        Api.Response notJson = api.tenant("PUT", code, "/api/fiscal-years/2567/scores", token, "{\"indicators\":");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");

        Api.Response noFramework = put(2590, scores(THA_PHAE_2567, null, null, null));
        assertThat(noFramework.status()).as("a year without a framework").isEqualTo(404);
        assertThat(noFramework.contentType()).startsWith("application/problem+json");
        assertThat(get(2590).status()).isEqualTo(404);
        assertThat(get(2567).status()).as("no scores stored").isEqualTo(404);
        assertThat(count(schema, "score_sheets")).isZero();
        assertThat(count(schema, "indicator_scores")).isZero();
    }

    @Test
    void lettersAreTheLevelsUpTo2565() {
        String[] allNinety = new String[10];
        Arrays.fill(allNinety, "90.00");
        put(2565, scores(allNinety, "90.00", "A", null));

        JsonNode view = get(2565).json();
        assertThat(view.get("level").get("code").asString()).isEqualTo("A");
        assertThat(view.get("passed").asBoolean()).isTrue();
        assertThat(view.get("mismatches")).isEmpty();
    }

    @Test
    void theAnalysisNamesLastYearsWeakAndDroppedIndicatorsAndTheMeasuresAimedAtThem() {
        put(2566, scores(THA_PHAE_2566, null, null, null));
        put(2567, scores(THA_PHAE_2567, null, null, null));
        Map<String, Object> measure = new LinkedHashMap<>();
        measure.put("number", 1);
        measure.put("title", "ปรับปรุงระบบการทำงาน");
        measure.put("indicatorCodes", List.of("8"));
        measure.put("status", "PLANNED");
        assertThat(api.tenant("POST", code, "/api/fiscal-years/2568/measures", token, measure)
                        .status())
                .isEqualTo(201);

        JsonNode analysis = api.tenant("GET", code, "/api/fiscal-years/2568/analysis", token, null)
                .json();

        assertThat(analysis.get("basedOnFiscalYear").asInt()).isEqualTo(2567);
        List<String> focus = analysis.get("focus").findValuesAsString("code");
        assertThat(focus).containsExactlyInAnyOrder("1", "2", "4", "5", "7", "8", "9", "10");
        assertThat(focus.getFirst()).as("weakest first").isEqualTo("10");
        JsonNode eight = null;
        for (JsonNode f : analysis.get("focus")) {
            if (f.get("indicator").get("code").asString().equals("8")) {
                eight = f;
            }
        }
        assertThat(eight.get("belowPassMark").asBoolean()).isTrue();
        assertThat(eight.get("dropped").asBoolean()).isTrue();
        assertThat(eight.get("measureNumbers").get(0).asInt()).isEqualTo(1);
        List<String> uncovered = new ArrayList<>();
        analysis.get("uncovered").forEach(c -> uncovered.add(c.asString()));
        assertThat(uncovered).doesNotContain("8").contains("10");
        assertThat(api.tenant("GET", code, "/api/fiscal-years/2566/analysis", token, null)
                        .status())
                .as("no 2565 scores to analyse")
                .isEqualTo(404);
    }

    @Test
    void provincialOfficersReadButDoNotWrite() {
        put(2567, scores(THA_PHAE_2567, null, null, null));
        String province = TestTokens.provincialOfficer("63");

        assertThat(api.tenant("GET", code, "/api/fiscal-years/2567/scores", province, null)
                        .status())
                .isEqualTo(200);
        assertThat(api.tenant(
                                "PUT",
                                code,
                                "/api/fiscal-years/2567/scores",
                                province,
                                scores(THA_PHAE_2566, null, null, 0))
                        .status())
                .isEqualTo(403);
    }

    private Api.Response put(int fiscalYear, Map<String, ?> body) {
        return api.tenant("PUT", code, "/api/fiscal-years/" + fiscalYear + "/scores", token, body);
    }

    private Api.Response get(int fiscalYear) {
        return api.tenant("GET", code, "/api/fiscal-years/" + fiscalYear + "/scores", token, null);
    }

    static Map<String, Object> scores(
            String[] values, String publishedOverall, String publishedLevel, Integer version) {
        Map<String, Object> indicators = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            indicators.put(String.valueOf(i + 1), new BigDecimal(values[i]));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("indicators", indicators);
        body.put("publishedOverall", publishedOverall == null ? null : new BigDecimal(publishedOverall));
        body.put("publishedLevel", publishedLevel);
        body.put("version", version);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> indicators(Map<String, Object> body) {
        return (Map<String, Object>) body.get("indicators");
    }
}
