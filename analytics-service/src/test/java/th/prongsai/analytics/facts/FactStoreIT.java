package th.prongsai.analytics.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import th.prongsai.analytics.support.AnalyticsIT;
import th.prongsai.events.Streams;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.FrameworkJson;
import th.prongsai.platform.web.ApiProblem;

@RecordApplicationEvents
class FactStoreIT extends AnalyticsIT {

    @Autowired
    FactStore store;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    private final List<String> codes = new ArrayList<>();

    /** Tha Phae's 2567 indicator scores (seed 003). */
    static Map<String, BigDecimal> thaPhae2567() {
        return scores("82.50 83.06 88.33 65.00 71.80 89.26 82.34 65.20 63.57 43.34");
    }

    static Map<String, BigDecimal> scores(String spaced) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        String[] values = spaced.split(" ");
        for (int i = 0; i < values.length; i++) {
            scores.put(Integer.toString(i + 1), new BigDecimal(values[i]));
        }
        return scores;
    }

    private Agency thaPhae() {
        String code = "tha-phae-" + run;
        codes.add(code);
        return new Agency(code, "เทศบาลตำบลท่าแพ", "SUBDISTRICT_MUNICIPALITY", "80", code);
    }

    @AfterEach
    void cleanUp() {
        codes.forEach(code -> jdbc.update("DELETE FROM score_facts WHERE agency_code = ?", code));
        codes.forEach(code -> jdbc.update("DELETE FROM measure_coverage WHERE tenant_code = ?", code));
    }

    @Test
    void computesWithScoringAndKeepsThePublishedOverall() {
        Agency agency = thaPhae();
        assertThat(store.upsert(Dataset.REAL, agency, 2567, thaPhae2567(), new BigDecimal("68.51"), Source.TENANT))
                .isTrue();

        Fact fact = store.find(Dataset.REAL, agency.code(), 2567).orElseThrow();
        assertThat(fact.overall()).isEqualByComparingTo("68.50");
        assertThat(fact.publishedOverall()).isEqualByComparingTo("68.51");
        assertThat(fact.iit()).isEqualByComparingTo("78.14");
        assertThat(fact.eit()).isEqualByComparingTo("78.93");
        assertThat(fact.oit()).isEqualByComparingTo("53.46");
        assertThat(fact.passed()).isFalse();
        assertThat(fact.scores()).containsKeys("1", "10").hasSize(10);
        assertThat(fact.scores().get("1")).isEqualByComparingTo("82.50");
        assertThat(fact.agency()).isEqualTo(agency);
        assertThat(jdbc.queryForObject(
                        "SELECT scores->>'1' FROM score_facts WHERE agency_code = ?", String.class, agency.code()))
                .isEqualTo("82.50");
        assertThat(store.find(Dataset.SYNTHETIC, agency.code(), 2567)).isEmpty();
    }

    @Test
    void anIdenticalFactChangesNothingAndKeepsItsTimestamp() {
        Agency agency = thaPhae();
        store.upsert(Dataset.REAL, agency, 2567, thaPhae2567(), null, Source.TENANT);
        Timestamp before = jdbc.queryForObject(
                "SELECT updated_at FROM score_facts WHERE agency_code = ?", Timestamp.class, agency.code());

        assertThat(store.upsert(Dataset.REAL, agency, 2567, thaPhae2567(), null, Source.TENANT))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT updated_at FROM score_facts WHERE agency_code = ?", Timestamp.class, agency.code()))
                .isEqualTo(before);

        Map<String, BigDecimal> changed = thaPhae2567();
        changed.put("10", new BigDecimal("90"));
        assertThat(store.upsert(Dataset.REAL, agency, 2567, changed, null, Source.TENANT))
                .isTrue();
        assertThat(store.find(Dataset.REAL, agency.code(), 2567).orElseThrow().overall())
                .isEqualByComparingTo("77.84");
        assertThat(store.remove(Dataset.REAL, agency.code(), 2567)).isTrue();
        assertThat(store.remove(Dataset.REAL, agency.code(), 2567)).isFalse();
    }

    @Test
    void factsChangedIsPublishedOnlyAfterCommit() {
        Agency agency = thaPhae();
        events.clear();
        tx.executeWithoutResult(status -> {
            store.upsert(Dataset.REAL, agency, 2567, thaPhae2567(), null, Source.TENANT);
            assertThat(events.stream(FactsChanged.class)).isEmpty();
        });
        assertThat(events.stream(FactsChanged.class)).containsExactly(new FactsChanged(Dataset.REAL));

        events.clear();
        tx.executeWithoutResult(status -> {
            store.remove(Dataset.REAL, agency.code(), 2567);
            status.setRollbackOnly();
        });
        assertThat(events.stream(FactsChanged.class)).isEmpty();
        assertThat(store.find(Dataset.REAL, agency.code(), 2567)).isPresent();
    }

    @Test
    void invalidScoresAndUnknownYearsAreRefused() {
        Agency agency = thaPhae();
        Map<String, BigDecimal> missing = thaPhae2567();
        missing.remove("7");
        assertThatThrownBy(() -> store.upsert(Dataset.REAL, agency, 2567, missing, null, Source.TENANT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.upsert(Dataset.REAL, agency, 2590, thaPhae2567(), null, Source.TENANT))
                .isInstanceOf(ApiProblem.class);
        assertThat(store.find(Dataset.REAL, agency.code(), 2567)).isEmpty();
    }

    @Test
    void coverageIsReplacedWhole() {
        String tenant = thaPhae().tenantCode();
        store.replaceCoverage(tenant, 2567, Map.of("5", 2, "8", 1));
        store.replaceCoverage(tenant, 2567, Map.of("8", 3));
        assertThat(jdbc.queryForList(
                        "SELECT indicator_code || '=' || measures FROM measure_coverage"
                                + " WHERE tenant_code = ? AND fiscal_year = 2567",
                        String.class,
                        tenant))
                .containsExactly("8=3");
    }

    @Test
    void frameworksComeFromTheLibraryAndTheRegistry() {
        AnalyticsFrameworks frameworks = new AnalyticsFrameworks(redis);
        assertThat(frameworks.require(2567).passMark()).isEqualByComparingTo("85");
        assertThat(frameworks.find(2599)).isEmpty();
        Framework f = frameworks.require(2568);
        // another year's copy without 2568's ITAS window, which lies in fiscal year 2568 only
        String json = FrameworkJson.write(
                new Framework(2599, f.nameTh(), f.passMark(), f.rounding(), f.tools(), f.levelScheme()));
        redis.opsForHash().put(Streams.FRAMEWORK_REGISTRY, "2599", json);
        try {
            assertThat(new AnalyticsFrameworks(redis).find(2599))
                    .map(copy -> copy.fiscalYear())
                    .contains(2599);
            assertThat(new AnalyticsFrameworks(redis).years()).contains(2563, 2568, 2599);
        } finally {
            redis.opsForHash().delete(Streams.FRAMEWORK_REGISTRY, "2599");
        }
    }
}
