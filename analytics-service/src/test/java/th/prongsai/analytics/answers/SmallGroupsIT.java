package th.prongsai.analytics.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import th.prongsai.analytics.facts.Agency;
import th.prongsai.analytics.facts.Dataset;
import th.prongsai.analytics.facts.FactStore;
import th.prongsai.analytics.facts.Source;
import th.prongsai.analytics.support.AnalyticsIT;
import th.prongsai.events.Streams;
import th.prongsai.ita.framework.BuiltInFrameworks;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.FrameworkJson;

/**
 * Small groups do not disclose individuals: a municipal user refused trat's scorecard must not read trat's scores
 * out of an aggregate. Fiscal years 2693–2694 are this class's own (frameworks re-published under them).
 */
class SmallGroupsIT extends AnalyticsIT {

    static final int FY = 2694;
    static final String TRAT = "sg-trat";
    static final String OTHER = "sg-other";
    static final String TOWN = "TOWN_MUNICIPALITY";
    static final String BENCHMARK = "/api/analytics/benchmarks?fy=" + FY + "&scope=type:" + TOWN;

    @Autowired
    FactStore store;

    @BeforeEach
    void frameworks() {
        for (int year = 2693; year <= 2694; year++) {
            Framework f = BuiltInFrameworks.of(2567).orElseThrow();
            Framework copy = new Framework(year, f.nameTh(), f.passMark(), f.rounding(), f.tools(), f.levelScheme());
            redis.opsForHash().put(Streams.FRAMEWORK_REGISTRY, Integer.toString(year), FrameworkJson.write(copy));
        }
        clean();
    }

    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM score_facts WHERE fiscal_year BETWEEN 2693 AND 2694");
        jdbc.update("DELETE FROM measure_coverage WHERE fiscal_year BETWEEN 2693 AND 2694");
    }

    @Test
    void aBenchmarkOfOneTownIsOnlyItsCountForSomeoneWhoMayNotSeeIt() throws Exception {
        fact(TRAT, TOWN, "23", TRAT, FY, 83);
        // refused the scorecard...
        mvc.perform(get("/api/analytics/scorecards/{c}/{fy}", TRAT, FY).with(municipalOfficer(OTHER)))
                .andExpect(status().isForbidden());
        // ...so the aggregate of one tells n and nothing else
        assertWithheld(benchmark(BENCHMARK, municipalOfficer(OTHER)), 1);
        assertWithheld(benchmark(BENCHMARK + "&indicator=1", municipalOfficer(OTHER)), 1);
        assertWithheld(benchmark(BENCHMARK, provincialOfficer("20")), 1);
        String csv = mvc.perform(get(BENCHMARK + "&format=csv").with(municipalOfficer(OTHER)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain("83").contains("true");

        // those who may see trat see it all
        for (RequestPostProcessor allowed :
                new RequestPostProcessor[] {nationalAdmin(), provincialOfficer("23"), municipalOfficer(TRAT)}) {
            benchmark(BENCHMARK, allowed)
                    .andExpect(jsonPath("$.suppressed").value(false))
                    .andExpect(jsonPath("$.mean").value(83.00))
                    .andExpect(jsonPath("$.min").value(83.00))
                    .andExpect(jsonPath("$.max").value(83.00))
                    .andExpect(jsonPath("$.note").doesNotExist());
        }
    }

    @Test
    void aBenchmarkOfTwoTownsGivesNeitherAsMinAndMax() throws Exception {
        fact(TRAT, TOWN, "23", TRAT, FY, 83);
        fact("9100002", TOWN, "20", null, FY, 77);
        assertWithheld(benchmark(BENCHMARK, municipalOfficer(OTHER)), 2);
        // trat's own users may not see the other one: knowing their own score, a mean would give it away
        assertWithheld(benchmark(BENCHMARK, municipalOfficer(TRAT)), 2);
        assertWithheld(benchmark(BENCHMARK, provincialOfficer("23")), 2);
        benchmark(BENCHMARK, nationalAdmin())
                .andExpect(jsonPath("$.min").value(77.00))
                .andExpect(jsonPath("$.max").value(83.00))
                .andExpect(jsonPath("$.suppressed").value(false));
        // a provincial officer's own province is all visible to them
        benchmark("/api/analytics/benchmarks?fy=" + FY + "&scope=province:23", provincialOfficer("23"))
                .andExpect(jsonPath("$.min").value(83.00))
                .andExpect(jsonPath("$.suppressed").value(false));
    }

    @Test
    void aBenchmarkOfFiveTownsShowsItsDistributionButNoMinOrMax() throws Exception {
        fact(TRAT, TOWN, "23", TRAT, FY, 83);
        for (int i = 2; i <= 5; i++) {
            fact("910000" + i, TOWN, "20", null, FY, 70 + i);
        }
        benchmark(BENCHMARK, municipalOfficer(OTHER))
                .andExpect(jsonPath("$.n").value(5))
                .andExpect(jsonPath("$.suppressed").value(false))
                .andExpect(jsonPath("$.mean").value(75.40))
                .andExpect(jsonPath("$.median").value(74.00))
                .andExpect(jsonPath("$.q1").exists())
                .andExpect(jsonPath("$.passRate").exists())
                .andExpect(jsonPath("$.histogram.length()").value(10))
                .andExpect(jsonPath("$.min").doesNotExist())
                .andExpect(jsonPath("$.max").doesNotExist())
                .andExpect(jsonPath("$.note").value(Matchers.containsString("ไม่แสดง")));
        benchmark(BENCHMARK, nationalAdmin())
                .andExpect(jsonPath("$.min").value(72.00))
                .andExpect(jsonPath("$.max").value(83.00));
    }

    @Test
    void aMunicipalScorecardShowsNoRankOrMedianOfASmallGroup() throws Exception {
        // trat and one other in province 23; nine agencies nationally
        fact(TRAT, TOWN, "23", TRAT, FY, 83);
        fact("9100002", "SAO", "23", null, FY, 77);
        for (int i = 3; i <= 9; i++) {
            fact("910000" + i, "SAO", "20", null, FY, 60 + i);
        }
        mvc.perform(get("/api/analytics/scorecards/{c}/{fy}", TRAT, FY).with(municipalOfficer(TRAT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overall").value(83.00))
                .andExpect(jsonPath("$.ranks.province.of").value(2))
                .andExpect(jsonPath("$.ranks.province.suppressed").value(true))
                .andExpect(jsonPath("$.ranks.province.rank").doesNotExist())
                .andExpect(jsonPath("$.ranks.province.percentile").doesNotExist())
                .andExpect(jsonPath("$.ranks.type.of").value(1))
                .andExpect(jsonPath("$.ranks.type.suppressed").value(false))
                .andExpect(jsonPath("$.ranks.national.of").value(9))
                .andExpect(jsonPath("$.ranks.national.rank").value(1))
                .andExpect(jsonPath("$.indicators[0].provinceMedian").doesNotExist())
                .andExpect(jsonPath("$.suppressionNote").exists());
        for (RequestPostProcessor allowed : new RequestPostProcessor[] {nationalAdmin(), provincialOfficer("23")}) {
            mvc.perform(get("/api/analytics/scorecards/{c}/{fy}", TRAT, FY).with(allowed))
                    .andExpect(jsonPath("$.ranks.province.rank").value(1))
                    .andExpect(jsonPath("$.indicators[0].provinceMedian").value(80.00));
        }
    }

    @Test
    void measureEffectsOfFewTenantsGiveCountsOnly() throws Exception {
        // two tenants with measures on indicator 9 (2 < 5), five without
        for (int i = 1; i <= 7; i++) {
            String code = "sg-m" + i;
            fact(code, "SUBDISTRICT_MUNICIPALITY", "20", code, FY - 1, 70);
            fact(code, "SUBDISTRICT_MUNICIPALITY", "20", code, FY, 70 + i);
            if (i <= 2) {
                store.replaceCoverage(code, FY, Map.of("9", 1));
            }
        }
        String effects = "/api/analytics/measure-effects?fy=" + FY;
        ResultActions forOfficer =
                mvc.perform(get(effects).with(municipalOfficer(OTHER))).andExpect(status().isOk());
        forOfficer
                .andExpect(jsonPath("$.indicators[8].indicator").value("9"))
                .andExpect(jsonPath("$.indicators[8].nWithMeasures").value(2))
                .andExpect(jsonPath("$.indicators[8].meanChangeWithMeasures").doesNotExist())
                .andExpect(jsonPath("$.indicators[8].difference").doesNotExist())
                .andExpect(jsonPath("$.indicators[8].nWithoutMeasures").value(5))
                .andExpect(jsonPath("$.indicators[8].meanChangeWithoutMeasures").value(5.00))
                .andExpect(jsonPath("$.indicators[8].suppressed").value(true))
                // indicator 1: all seven without measures
                .andExpect(jsonPath("$.indicators[0].nWithoutMeasures").value(7))
                .andExpect(jsonPath("$.indicators[0].meanChangeWithoutMeasures").value(4.00))
                .andExpect(jsonPath("$.indicators[0].suppressed").value(false))
                .andExpect(jsonPath("$.suppressionNote").exists());
        mvc.perform(get(effects).with(provincialOfficer("23")))
                .andExpect(jsonPath("$.indicators[8].meanChangeWithMeasures").doesNotExist());
        // all seven are in province 20: its provincial officer and national admins see them anyway
        for (RequestPostProcessor allowed : new RequestPostProcessor[] {nationalAdmin(), provincialOfficer("20")}) {
            mvc.perform(get(effects).with(allowed))
                    .andExpect(
                            jsonPath("$.indicators[8].meanChangeWithMeasures").value(1.50))
                    .andExpect(jsonPath("$.indicators[8].suppressed").value(false))
                    .andExpect(jsonPath("$.suppressionNote").doesNotExist());
        }
    }

    private ResultActions benchmark(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk());
    }

    private static void assertWithheld(ResultActions answer, int n) throws Exception {
        answer.andExpect(jsonPath("$.n").value(n))
                .andExpect(jsonPath("$.suppressed").value(true))
                .andExpect(jsonPath("$.mean").doesNotExist())
                .andExpect(jsonPath("$.median").doesNotExist())
                .andExpect(jsonPath("$.q1").doesNotExist())
                .andExpect(jsonPath("$.q3").doesNotExist())
                .andExpect(jsonPath("$.min").doesNotExist())
                .andExpect(jsonPath("$.max").doesNotExist())
                .andExpect(jsonPath("$.passRate").doesNotExist())
                .andExpect(jsonPath("$.histogram.length()").value(0))
                .andExpect(jsonPath("$.note").value(Matchers.containsString("ไม่แสดง")));
    }

    private void fact(String code, String type, String province, String tenant, int year, int score) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (int i = 1; i <= 10; i++) {
            scores.put(Integer.toString(i), BigDecimal.valueOf(score));
        }
        store.upsert(
                Dataset.REAL,
                new Agency(code, "หน่วยงาน " + code, type, province, tenant),
                year,
                scores,
                null,
                tenant == null ? Source.NATIONAL : Source.TENANT);
    }
}
