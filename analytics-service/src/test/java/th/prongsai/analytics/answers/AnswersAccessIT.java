package th.prongsai.analytics.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import th.prongsai.analytics.facts.Dataset;
import th.prongsai.analytics.facts.FactsChanged;

/** Who sees what, parameter validation, and the Redis cache with its generation-based invalidation. */
class AnswersAccessIT extends AnswersFixture {

    @Autowired
    ApplicationEventPublisher events;

    private int statusOf(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andReturn().getResponse().getStatus();
    }

    @Test
    void authorizationMatrix() throws Exception {
        String scorecard = "/api/analytics/scorecards/" + TENANT + "/" + FY;
        String otherScorecard = "/api/analytics/scorecards/9000001/" + FY;
        String chonScorecard = "/api/analytics/scorecards/9000005/" + FY;
        String trends = "/api/analytics/trends/" + TENANT;
        String tratRanking = "/api/analytics/rankings?fy=" + FY + "&province=23";
        String typeRanking = "/api/analytics/rankings?fy=" + FY + "&type=SAO";
        String summary = "/api/analytics/provinces/23/summary?fy=" + FY;
        String quality = "/api/analytics/data-quality?fy=" + FY + "&province=23";
        String nationalQuality = "/api/analytics/data-quality?fy=" + FY;
        String benchmark = "/api/analytics/benchmarks?fy=" + FY + "&scope=province:20";
        String effects = "/api/analytics/measure-effects?fy=2691";

        RequestPostProcessor admin = nationalAdmin();
        for (String path : new String[] {
            scorecard,
            otherScorecard,
            chonScorecard,
            trends,
            tratRanking,
            typeRanking,
            summary,
            quality,
            nationalQuality,
            benchmark,
            effects
        }) {
            assertThat(statusOf(path, admin)).as(path).isEqualTo(200);
        }

        RequestPostProcessor trat = provincialOfficer("23");
        for (String path :
                new String[] {scorecard, otherScorecard, trends, tratRanking, summary, quality, benchmark, effects}) {
            assertThat(statusOf(path, trat)).as("Trat officer " + path).isEqualTo(200);
        }
        for (String path : new String[] {chonScorecard, typeRanking, nationalQuality}) {
            assertThat(statusOf(path, trat)).as("Trat officer " + path).isEqualTo(403);
        }
        RequestPostProcessor chon = provincialOfficer("20");
        for (String path : new String[] {scorecard, trends, tratRanking, summary, quality}) {
            assertThat(statusOf(path, chon)).as("Chon Buri officer " + path).isEqualTo(403);
        }
        assertThat(statusOf(chonScorecard, chon)).isEqualTo(200);

        for (RequestPostProcessor own : new RequestPostProcessor[] {municipalOfficer(TENANT), municipalAdmin(TENANT)}) {
            for (String path : new String[] {scorecard, trends, benchmark, effects}) {
                assertThat(statusOf(path, own)).as("own municipal user " + path).isEqualTo(200);
            }
            for (String path :
                    new String[] {otherScorecard, tratRanking, typeRanking, summary, quality, nationalQuality}) {
                assertThat(statusOf(path, own)).as("own municipal user " + path).isEqualTo(403);
            }
        }
        RequestPostProcessor stranger = municipalOfficer(TENANT_B);
        for (String path : new String[] {scorecard, trends, tratRanking}) {
            assertThat(statusOf(path, stranger)).as("other tenant " + path).isEqualTo(403);
        }
        assertThat(statusOf(benchmark, stranger)).isEqualTo(200);
        // a tenant without facts asking for its own scorecard: not found, not forbidden
        assertThat(statusOf("/api/analytics/scorecards/" + TENANT_B + "/" + FY, stranger))
                .isEqualTo(404);
        for (String path : new String[] {scorecard, benchmark}) {
            assertThat(statusOf(path, service())).as("service " + path).isEqualTo(403);
        }
        mvc.perform(get(tratRanking).with(chon))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void badParametersAre400ProblemsNamingTheField() throws Exception {
        String[][] cases = {
            {"/api/analytics/benchmarks?fy=abc", "fy"},
            {"/api/analytics/benchmarks?fy=2499", "fy"},
            {"/api/analytics/benchmarks", "fy"},
            {"/api/analytics/benchmarks?fy=2692&scope=region:1", "scope"},
            {"/api/analytics/benchmarks?fy=2692&scope=province:99", "scope"},
            {"/api/analytics/benchmarks?fy=2692&scope=type:CASTLE", "scope"},
            {"/api/analytics/benchmarks?fy=2692&indicator=11", "indicator"},
            {"/api/analytics/benchmarks?fy=2692&dataset=fake", "dataset"},
            {"/api/analytics/benchmarks?fy=2692&format=xml", "format"},
            {"/api/analytics/rankings?fy=2692&province=9", "province"},
            {"/api/analytics/rankings?fy=2692&type=CASTLE", "type"},
            {"/api/analytics/rankings?fy=2692", "province"},
            {"/api/analytics/rankings?fy=2692&province=23&type=SAO", "province"},
            {"/api/analytics/scorecards/Tha_Phae/2692", "code"},
            {"/api/analytics/scorecards/" + TENANT + "/25x", "fy"},
            {"/api/analytics/trends/" + TENANT + "?from=2692&to=2691", "from"},
            {"/api/analytics/trends/" + TENANT + "?to=3000", "to"},
            {"/api/analytics/provinces/1/summary?fy=2692", "province"},
            {"/api/analytics/data-quality?fy=2692&province=xx", "province"},
            {"/api/analytics/measure-effects?fy=2692&dataset=synthetic", "dataset"},
        };
        for (String[] c : cases) {
            var response =
                    mvc.perform(get(c[0]).with(nationalAdmin())).andReturn().getResponse();
            assertThat(response.getStatus()).as(c[0]).isEqualTo(400);
            assertThat(response.getContentType()).as(c[0]).startsWith("application/problem+json");
            assertThat(json.readTree(response.getContentAsString())
                            .at("/errors/0/field")
                            .asString())
                    .as(c[0] + " " + response.getContentAsString())
                    .isEqualTo(c[1]);
        }
    }

    @Test
    void cachedAnswersAreServedUntilFactsChange() throws Exception {
        String path = "/api/analytics/scorecards/" + TENANT + "/" + FY;
        mvc.perform(get(path).with(nationalAdmin()))
                .andExpect(jsonPath("$.overall").value(74.00));
        String generation = redis.opsForValue().get("ita:analytics:gen:real");
        // what the caller may see is part of the key: small groups are withheld from some callers (SmallGroupsIT)
        Set<String> keys =
                redis.keys("ita:analytics:cache:" + generation + ":real:scorecard:" + TENANT + ":2692:all:json");
        assertThat(keys).hasSize(1);
        assertThat(redis.getExpire(keys.iterator().next())).isBetween(1L, 600L);

        // a write that bypasses FactStore publishes nothing: the cached answer stands
        jdbc.update(
                "UPDATE score_facts SET overall = 99.99 WHERE dataset = 'real' AND fiscal_year = 2692"
                        + " AND agency_code = ?",
                TENANT);
        mvc.perform(get(path).with(nationalAdmin()))
                .andExpect(jsonPath("$.overall").value(74.00))
                .andExpect(jsonPath("$.ranks.national.rank").value(5));
        // the municipal user's answer is cached under its own view, and only after authorization
        mvc.perform(get(path).with(municipalOfficer(TENANT))).andExpect(status().isOk());
        assertThat(redis.keys("ita:analytics:cache:" + generation + ":real:scorecard:" + TENANT + ":2692:p-t" + TENANT
                        + ":json"))
                .hasSize(1);
        mvc.perform(get(path).with(provincialOfficer("20"))).andExpect(status().isForbidden());
        assertThat(redis.keys("ita:analytics:cache:" + generation + ":real:scorecard:" + TENANT + ":2692:p20-t:json"))
                .isEmpty();

        events.publishEvent(new FactsChanged(Dataset.REAL));
        assertThat(redis.opsForValue().get("ita:analytics:gen:real")).isNotEqualTo(generation);
        mvc.perform(get(path).with(nationalAdmin()))
                .andExpect(jsonPath("$.ranks.national.rank").value(2));

        // a fact written through FactStore invalidates after commit
        fact(TENANT, "เทศบาลตำบลทดสอบสิทธิ์", SUB, "23", TENANT, FY, all(80), null);
        mvc.perform(get(path).with(nationalAdmin()))
                .andExpect(jsonPath("$.overall").value(80.00))
                .andExpect(jsonPath("$.ranks.province.rank").value(4));
        // a synthetic change leaves real answers' generation alone
        String real = redis.opsForValue().get("ita:analytics:gen:real");
        events.publishEvent(new FactsChanged(Dataset.SYNTHETIC));
        assertThat(redis.opsForValue().get("ita:analytics:gen:real")).isEqualTo(real);
    }
}
