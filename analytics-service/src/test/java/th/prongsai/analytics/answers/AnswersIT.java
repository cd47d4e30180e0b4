package th.prongsai.analytics.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Known answers on the small fixture of {@link AnswersFixture}. */
class AnswersIT extends AnswersFixture {

    @Test
    void scorecardRanksPercentilesChangesAndWeakestIndicators() throws Exception {
        mvc.perform(get("/api/analytics/scorecards/{code}/{fy}", TENANT, FY).with(nationalAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dataset").value("real"))
                .andExpect(jsonPath("$.agencyCode").value(TENANT))
                .andExpect(jsonPath("$.overall").value(74.00))
                .andExpect(jsonPath("$.publishedOverall").value(74.02))
                .andExpect(jsonPath("$.overallChange").value(4.00))
                .andExpect(jsonPath("$.overallTrend").value("INCREASED"))
                .andExpect(jsonPath("$.tools[2].code").value("OIT"))
                .andExpect(jsonPath("$.tools[2].mean").value(65.00))
                .andExpect(jsonPath("$.level.code").value("IMPROVE"))
                .andExpect(jsonPath("$.level.labelTh").value("ต้องปรับปรุง"))
                .andExpect(jsonPath("$.passed").value(false))
                .andExpect(jsonPath("$.gapToPassMark").value(11.00))
                // 100, 90, 90, 85, [74], 70, 60
                .andExpect(jsonPath("$.ranks.national.rank").value(5))
                .andExpect(jsonPath("$.ranks.national.of").value(7))
                .andExpect(jsonPath("$.ranks.national.percentile").value(28.57))
                // Trat: 90, 90, 85, [74], 70
                .andExpect(jsonPath("$.ranks.province.rank").value(4))
                .andExpect(jsonPath("$.ranks.province.of").value(5))
                .andExpect(jsonPath("$.ranks.province.percentile").value(20.00))
                // subdistrict municipalities: 90, 85, [74], 60
                .andExpect(jsonPath("$.ranks.type.rank").value(3))
                .andExpect(jsonPath("$.ranks.type.of").value(4))
                .andExpect(jsonPath("$.ranks.type.percentile").value(25.00))
                .andExpect(jsonPath("$.indicators[0].score").value(80))
                .andExpect(jsonPath("$.indicators[0].passed").value(false))
                .andExpect(jsonPath("$.indicators[0].change").value(10))
                .andExpect(jsonPath("$.indicators[0].trend").value("INCREASED"))
                .andExpect(jsonPath("$.indicators[0].provinceMedian").value(85.00))
                .andExpect(jsonPath("$.indicators[8].change").value(-10))
                .andExpect(jsonPath("$.indicators[8].trend").value("DECREASED"))
                .andExpect(jsonPath("$.indicators[9].trend").value("UNCHANGED"))
                // score − Trat median: i9 60−85, i10 70−85, then i1..i8 −5 (framework order among ties)
                .andExpect(jsonPath("$.weakestIndicators", contains("9", "10", "1")));
    }

    @Test
    void tiesShareTheLowerRankAndEightyFivePasses() throws Exception {
        mvc.perform(get("/api/analytics/scorecards/9000002/{fy}", FY).with(nationalAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ranks.national.rank").value(2))
                .andExpect(jsonPath("$.ranks.national.percentile").value(57.14))
                .andExpect(jsonPath("$.ranks.province.rank").value(1))
                .andExpect(jsonPath("$.weakestIndicators", hasSize(0)));
        mvc.perform(get("/api/analytics/scorecards/9000003/{fy}", FY).with(nationalAdmin()))
                .andExpect(jsonPath("$.passed").value(true))
                .andExpect(jsonPath("$.gapToPassMark").value(0))
                .andExpect(jsonPath("$.ranks.province.rank").value(3));
        mvc.perform(get("/api/analytics/rankings")
                        .param("fy", "" + FY)
                        .param("province", "23")
                        .with(nationalAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.n").value(5))
                .andExpect(jsonPath("$.entries[*].rank", contains(1, 1, 3, 4, 5)))
                .andExpect(jsonPath(
                        "$.entries[*].agencyCode", contains("9000001", "9000002", "9000003", TENANT, "9000004")))
                .andExpect(jsonPath("$.entries[2].level.labelTh").value("ผ่านดี"));
        mvc.perform(get("/api/analytics/rankings")
                        .param("fy", "" + FY)
                        .param("type", SUB)
                        .with(nationalAdmin()))
                .andExpect(jsonPath("$.entries[*].overall", contains(90.00, 85.00, 74.00, 60.00)));
    }

    @Test
    void benchmarksMedianOfAnEvenCountQuartilesAndHistogramEdges() throws Exception {
        // subdistrict municipalities 60, 74, 85, 90
        mvc.perform(get("/api/analytics/benchmarks")
                        .param("fy", "" + FY)
                        .param("scope", "type:" + SUB)
                        .with(nationalAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.n").value(4))
                .andExpect(jsonPath("$.mean").value(77.25))
                .andExpect(jsonPath("$.median").value(79.5))
                .andExpect(jsonPath("$.q1").value(70.5))
                .andExpect(jsonPath("$.q3").value(86.25))
                .andExpect(jsonPath("$.min").value(60))
                .andExpect(jsonPath("$.max").value(90))
                .andExpect(jsonPath("$.passRate").value(50.00))
                .andExpect(jsonPath("$.histogram[*].count", contains(0, 0, 0, 0, 0, 0, 1, 1, 1, 1)));
        // nation: 60, 70, 74, 85, 90, 90, 100 — 85.00 is in 80–90 and passes; 100 is in the last bin
        mvc.perform(get("/api/analytics/benchmarks").param("fy", "" + FY).with(municipalOfficer(TENANT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("national"))
                .andExpect(jsonPath("$.indicator").value("overall"))
                .andExpect(jsonPath("$.n").value(7))
                .andExpect(jsonPath("$.mean").value(81.29))
                .andExpect(jsonPath("$.median").value(85.00))
                .andExpect(jsonPath("$.q1").value(72.00))
                .andExpect(jsonPath("$.q3").value(90.00))
                .andExpect(jsonPath("$.passRate").value(57.14))
                .andExpect(jsonPath("$.histogram[*].count", contains(0, 0, 0, 0, 0, 0, 1, 2, 1, 3)));
        // indicator 9 nationally: 60, 60, 70, 85, 90, 90, 100
        mvc.perform(get("/api/analytics/benchmarks")
                        .param("fy", "" + FY)
                        .param("indicator", "9")
                        .param("scope", "national")
                        .with(provincialOfficer("20")))
                .andExpect(jsonPath("$.indicator").value("9"))
                .andExpect(jsonPath("$.mean").value(79.29))
                .andExpect(jsonPath("$.median").value(85.00));
        // a provincial officer may see aggregates of another province
        mvc.perform(get("/api/analytics/benchmarks")
                        .param("fy", "" + FY)
                        .param("scope", "province:23")
                        .with(provincialOfficer("20")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.n").value(5))
                .andExpect(jsonPath("$.median").value(85.00));
    }

    @Test
    void provinceSummaryCountsLevelsWeakestIndicatorsAndMostImproved() throws Exception {
        mvc.perform(get("/api/analytics/provinces/23/summary")
                        .param("fy", "" + FY)
                        .with(provincialOfficer("23")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provinceNameTh").value("ตราด"))
                .andExpect(jsonPath("$.n").value(5))
                .andExpect(jsonPath("$.mean").value(81.80))
                .andExpect(jsonPath("$.passRate").value(60.00))
                .andExpect(jsonPath("$.levels[*].code", contains("EXCELLENT", "GOOD", "PASS", "IMPROVE", "URGENT")))
                .andExpect(jsonPath("$.levels[*].count", contains(0, 3, 0, 2, 0)))
                .andExpect(jsonPath("$.weakestIndicators[*].code", contains("9", "10", "1")))
                .andExpect(jsonPath("$.weakestIndicators[*].mean", contains(79.00, 81.00, 83.00)))
                .andExpect(jsonPath(
                        "$.mostImproved[*].agencyCode", contains("9000004", "9000002", TENANT, "9000003", "9000001")))
                .andExpect(jsonPath("$.mostImproved[*].change", contains(20.00, 10.00, 4.00, 0.00, -5.00)));
    }

    @Test
    void trendsChangePerYear() throws Exception {
        mvc.perform(get("/api/analytics/trends/{code}", TENANT)
                        .param("from", "2691")
                        .param("to", "2692")
                        .with(municipalOfficer(TENANT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[*].fiscalYear", contains(2691, 2692)))
                .andExpect(jsonPath("$.years[0].change").value(nullValue()))
                .andExpect(jsonPath("$.years[1].overall").value(74.00))
                .andExpect(jsonPath("$.years[1].oit").value(65.00))
                .andExpect(jsonPath("$.years[1].change").value(4.00))
                .andExpect(jsonPath("$.years[1].trend").value("INCREASED"))
                .andExpect(jsonPath("$.years[1].level.labelTh").value("ต้องปรับปรุง"));
    }

    @Test
    void dataQualityFindsPublishedDifferencesImpossibleValuesAndGaps() throws Exception {
        mvc.perform(get("/api/analytics/data-quality")
                        .param("fy", "" + FY)
                        .param("province", "23")
                        .with(provincialOfficer("23")))
                .andExpect(status().isOk())
                // 74.02 vs 74.00 is flagged; 85.01 vs 85.00 (exactly 0.01) is not
                .andExpect(
                        jsonPath("$.findings[?(@.kind == 'PUBLISHED_OVERALL_DIFFERS')].agencyCode", contains(TENANT)))
                .andExpect(jsonPath(
                        "$.findings[?(@.kind == 'YEAR_GAP' && @.agencyCode == '9000007')].value", contains("2690")));
        mvc.perform(get("/api/analytics/data-quality")
                        .param("fy", "2690")
                        .param("province", "23")
                        .with(nationalAdmin()))
                .andExpect(jsonPath("$.findings[?(@.kind == 'IMPOSSIBLE_VALUE')].agencyCode", contains("9000008")))
                .andExpect(jsonPath("$.findings[?(@.kind == 'IMPOSSIBLE_VALUE')].item", contains("indicator 10")));
    }

    @Test
    void measureEffectsCompareTenantsWithAndWithoutMeasures() throws Exception {
        mvc.perform(get("/api/analytics/measure-effects").param("fy", "2691").with(nationalAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.comparedWith").value(2690))
                .andExpect(jsonPath("$.note").value(Matchers.startsWith("association, not causation")))
                .andExpect(jsonPath("$.indicators[0].indicator").value("1"))
                .andExpect(jsonPath("$.indicators[0].nWithMeasures").value(1))
                .andExpect(jsonPath("$.indicators[0].meanChangeWithMeasures").value(10.00))
                .andExpect(jsonPath("$.indicators[0].nWithoutMeasures").value(1))
                .andExpect(jsonPath("$.indicators[0].meanChangeWithoutMeasures").value(4.00))
                .andExpect(jsonPath("$.indicators[0].difference").value(6.00))
                .andExpect(jsonPath("$.indicators[8].nWithMeasures").value(2))
                .andExpect(jsonPath("$.indicators[8].meanChangeWithMeasures").value(7.00))
                .andExpect(jsonPath("$.indicators[8].nWithoutMeasures").value(0))
                .andExpect(jsonPath("$.indicators[8].difference").value(nullValue()));
    }

    @Test
    void everyTableAlsoAsCsvWithBomAndHeader() throws Exception {
        byte[] body = mvc.perform(get("/api/analytics/rankings")
                        .param("fy", "" + FY)
                        .param("province", "23")
                        .param("format", "csv")
                        .with(provincialOfficer("23")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", Matchers.containsString(".csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String[] lines = new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0])
                .isEqualTo("dataset,fiscal_year,rank,agency_code,tenant_code,name_th,lao_type,province,"
                        + "overall,level,level_th,passed");
        assertThat(lines).hasSize(6);
        assertThat(lines[1])
                .startsWith("real,2692,1,9000001,,เทศบาลเมืองหนึ่ง,TOWN_MUNICIPALITY,23,90.00,GOOD,ผ่านดี,true");
        for (String path : new String[] {
            "/api/analytics/scorecards/" + TENANT + "/" + FY, "/api/analytics/benchmarks?fy=" + FY,
            "/api/analytics/trends/" + TENANT, "/api/analytics/provinces/23/summary?fy=" + FY,
            "/api/analytics/data-quality?fy=" + FY, "/api/analytics/measure-effects?fy=2691"
        }) {
            byte[] csv = mvc.perform(get(path + (path.contains("?") ? "&" : "?") + "format=csv")
                            .with(nationalAdmin()))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("text/csv"))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(csv).as(path).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            assertThat(new String(csv, StandardCharsets.UTF_8).split("\r\n").length)
                    .as(path)
                    .isGreaterThan(1);
        }
    }
}
