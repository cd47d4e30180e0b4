package th.prongsai.analytics.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.prongsai.analytics.facts.Dataset;
import th.prongsai.analytics.facts.Fact;
import th.prongsai.analytics.facts.FactStore;
import th.prongsai.analytics.support.AnalyticsIT;
import tools.jackson.databind.JsonNode;

class SyntheticDatasetIT extends AnalyticsIT {

    private static final double[] TARGETS = {67.9, 81.25, 87.57, 90.19, 93.05, 93.82};

    @Autowired
    SyntheticNationalDataset generator;

    @Autowired
    FactStore store;

    @AfterEach
    void cleanUp() {
        // the synthetic dataset is big: leave none behind for other tests of this JVM
        store.removeAll(Dataset.SYNTHETIC);
    }

    @Test
    void generatesTheNationalPictureFastAndClearlyLabelled() throws Exception {
        long realBefore = jdbc.queryForObject("SELECT count(*) FROM score_facts WHERE dataset = 'real'", Long.class);
        long started = System.nanoTime();
        String body = mvc.perform(
                        post("/api/analytics/synthetic").param("seed", "42").with(nationalAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dataset").value("synthetic"))
                .andExpect(jsonPath("$.agencies").value(7_850))
                .andExpect(jsonPath("$.facts").value(47_100))
                .andExpect(jsonPath("$.years").value(6))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis).as("generation time, ms").isLessThan(60_000);

        JsonNode answer = json.readTree(body);
        assertThat(answer.get("label").asString()).contains("SYNTHETIC");
        for (int y = 0; y < TARGETS.length; y++) {
            int year = 2563 + y;
            double reported =
                    answer.get("nationalMeans").get(Integer.toString(year)).asDouble();
            double stored = jdbc.queryForObject(
                    "SELECT avg(overall) FROM score_facts WHERE dataset = 'synthetic'" + " AND fiscal_year = ?",
                    Double.class,
                    year);
            assertThat(stored).as("national mean %d", year).isCloseTo(TARGETS[y], within(0.5));
            assertThat(reported).isCloseTo(stored, within(0.01));
        }

        // the real mix of types in the last year, and upgrades over the years
        Map<String, Object> mix = jdbc.queryForMap("SELECT"
                + " count(*) FILTER (WHERE lao_type = 'PAO') AS pao,"
                + " count(*) FILTER (WHERE lao_type = 'CITY_MUNICIPALITY') AS city,"
                + " count(*) FILTER (WHERE lao_type = 'TOWN_MUNICIPALITY') AS town,"
                + " count(*) FILTER (WHERE lao_type = 'SUBDISTRICT_MUNICIPALITY') AS subdistrict,"
                + " count(*) FILTER (WHERE lao_type = 'SAO') AS sao,"
                + " count(*) FILTER (WHERE lao_type = 'SPECIAL') AS special,"
                + " count(DISTINCT province) AS provinces"
                + " FROM score_facts WHERE dataset = 'synthetic' AND fiscal_year = 2568");
        assertThat(mix)
                .containsEntry("pao", 76L)
                .containsEntry("city", 30L)
                .containsEntry("town", 195L)
                .containsEntry("subdistrict", 2_247L)
                .containsEntry("sao", 5_300L)
                .containsEntry("special", 2L)
                .containsEntry("provinces", 77L);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM score_facts WHERE dataset = 'synthetic'"
                                + " AND fiscal_year = 2563 AND lao_type = 'SAO'",
                        Long.class))
                .isGreaterThan(5_300L);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM (SELECT agency_code FROM score_facts"
                                + " WHERE dataset = 'synthetic' GROUP BY agency_code HAVING count(DISTINCT lao_type) > 1) upgraded",
                        Long.class))
                .isGreaterThan(50L);

        // labelled: fake codes starting with 9, names prefixed, source SYNTHETIC; real facts untouched
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM score_facts WHERE dataset = 'synthetic'"
                                + " AND (agency_code !~ '^9[0-9]{6}$' OR name_th NOT LIKE 'สังเคราะห์ %' OR source <> 'SYNTHETIC')",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM score_facts WHERE dataset = 'real'", Long.class))
                .isEqualTo(realBefore);

        // realistic spread: not everyone alike, and the last year's pass rate well above the first's
        Map<String, Object> spread = jdbc.queryForMap("SELECT stddev(overall) AS sd, min(overall) AS lo,"
                + " avg(passed::int) AS passed FROM score_facts WHERE dataset = 'synthetic' AND fiscal_year = 2568");
        assertThat(((BigDecimal) spread.get("sd")).doubleValue()).isBetween(2.0, 15.0);
        assertThat(((BigDecimal) spread.get("passed")).doubleValue()).isBetween(0.80, 0.99);
        assertThat(jdbc.queryForObject(
                        "SELECT avg(passed::int) FROM score_facts WHERE dataset = 'synthetic'"
                                + " AND fiscal_year = 2563",
                        Double.class))
                .isLessThan(0.2);

        // a fact reads back through the agency endpoint, marked synthetic
        String code = jdbc.queryForObject(
                "SELECT min(agency_code) FROM score_facts WHERE dataset = 'synthetic'", String.class);
        mvc.perform(get("/api/analytics/agencies/{code}/2568", code)
                        .param("dataset", "synthetic")
                        .with(nationalAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.synthetic").value(true))
                .andExpect(jsonPath("$.source").value("SYNTHETIC"));
        mvc.perform(get("/api/analytics/agencies/{code}/2568", code).with(nationalAdmin()))
                .andExpect(status().isNotFound());

        // re-running replaces the dataset rather than adding to it
        generator.generate(7);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM score_facts WHERE dataset = 'synthetic'", Long.class))
                .isEqualTo(47_100L);
    }

    @Test
    void theSameSeedGivesTheSameDataset() {
        List<Fact> first = generator.build(42);
        List<Fact> again = generator.build(42);
        assertThat(again).isEqualTo(first);
        assertThat(SyntheticNationalDataset.agencies(new Random(1)).stream()
                        .map(SyntheticNationalDataset.Lao::code)
                        .distinct()
                        .count())
                .isEqualTo(7_850);
        assertThat(SyntheticNationalDataset.agencies(new Random(2)).get(100))
                .isNotEqualTo(SyntheticNationalDataset.agencies(new Random(1)).get(100));
    }

    @Test
    void onlyNationalAdminsGenerate() throws Exception {
        mvc.perform(post("/api/analytics/synthetic").with(provincialOfficer("23")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/analytics/synthetic").with(municipalOfficer("trat")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/analytics/synthetic").param("seed", "x").with(nationalAdmin()))
                .andExpect(status().isBadRequest());
    }
}
