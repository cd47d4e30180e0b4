package th.prongsai.analytics.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.stream.StreamRecords;
import th.prongsai.analytics.stream.GroupConsumer;
import th.prongsai.analytics.support.AnalyticsIT;
import th.prongsai.events.MeasuresChanged;
import th.prongsai.events.ScoresChanged;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;

/** report-service's score and coverage events become facts, idempotently, in order, whatever arrives first. */
class ScoreEventConsumerIT extends AnalyticsIT {

    static final String[] THA_PHAE_2567 = {
        "82.50", "83.06", "88.33", "65.00", "71.80", "89.26", "82.34", "65.20", "63.57", "43.34"
    };

    @Autowired
    List<GroupConsumer> consumers;

    @Test
    void scoresOfAKnownTenantBecomeAFactWithComputedFigures() {
        String code = "s" + run;
        tenant(code, "80");
        scores(code, 2567, THA_PHAE_2567, "68.51");

        await().atMost(Duration.ofSeconds(10)).until(() -> fact(code, 2567) != null);
        Map<String, Object> fact = fact(code, 2567);
        assertThat((BigDecimal) fact.get("overall")).isEqualByComparingTo("68.50");
        assertThat((BigDecimal) fact.get("published_overall")).isEqualByComparingTo("68.51");
        assertThat(fact.get("level_code")).isEqualTo("URGENT");
        assertThat(fact.get("province")).isEqualTo("80");
        assertThat(fact.get("lao_type")).isEqualTo("SUBDISTRICT_MUNICIPALITY");
        assertThat(fact.get("source")).isEqualTo("TENANT");
        assertThat(fact.get("tenant_code")).isEqualTo(code);

        Timestamp written = (Timestamp) fact.get("updated_at");
        scores(code, 2567, THA_PHAE_2567, "68.51");
        scores(code, 2566, THA_PHAE_2567, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> fact(code, 2566) != null);
        assertThat(fact(code, 2567).get("updated_at"))
                .as("a redelivered event changes nothing")
                .isEqualTo(written);

        redis.opsForStream()
                .add(StreamRecords.newRecord()
                        .in(Streams.SCORES)
                        .ofMap(Map.of(
                                Streams.FIELD_TYPE,
                                ScoresChanged.class.getSimpleName(),
                                Streams.FIELD_PAYLOAD,
                                json.writeValueAsString(
                                        new ScoresChanged(code, 2566, null, null, null, 3, Instant.now())))));
        await().atMost(Duration.ofSeconds(10)).until(() -> fact(code, 2566) == null);
    }

    @Test
    void scoresThatArriveBeforeTheirTenantWaitForItInOrder() {
        String code = "early" + run;
        scores(code, 2567, THA_PHAE_2567, null);
        scores(code, 2566, THA_PHAE_2567, null);
        redis.opsForStream()
                .add(StreamRecords.newRecord()
                        .in(Streams.SCORES)
                        .ofMap(Map.of(
                                Streams.FIELD_TYPE,
                                ScoresChanged.class.getSimpleName(),
                                Streams.FIELD_PAYLOAD,
                                json.writeValueAsString(
                                        new ScoresChanged(code, 2566, null, null, null, 2, Instant.now())))));
        await().atMost(Duration.ofSeconds(10)).until(() -> parked(code) == 3);
        assertThat(lag(Streams.SCORES)).as("parked entries are acknowledged").isZero();
        assertThat(fact(code, 2567)).isNull();

        tenant(code, "23");

        await().atMost(Duration.ofSeconds(10)).until(() -> fact(code, 2567) != null);
        assertThat(fact(code, 2567).get("province")).isEqualTo("23");
        assertThat(fact(code, 2566))
                .as("the removal parked after the scores is applied after them")
                .isNull();
        assertThat(parked(code)).isZero();
        // later entries of the now known tenant go straight in
        scores(code, 2565, THA_PHAE_2567, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> fact(code, 2565) != null);
    }

    @Test
    void aTenantAnalyticsHasNeverHeardOfDoesNotHoldBackTheOthers() {
        String unknown = "never" + run;
        List<String> known = List.of("k1" + run, "k2" + run, "k3" + run);
        known.forEach(code -> tenant(code, "80"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> known.stream()
                        .allMatch(code -> !jdbc.queryForList(
                                        "SELECT code FROM tenants WHERE code = ?", String.class, code)
                                .isEmpty()));

        scores(unknown, 2567, THA_PHAE_2567, null);
        known.forEach(code -> scores(code, 2567, THA_PHAE_2567, null));

        // the unknown tenant never arrives in this test: a pending entry used to hold these back for as long
        await().atMost(Duration.ofSeconds(10)).until(() -> known.stream().allMatch(code -> fact(code, 2567) != null));
        assertThat(fact(unknown, 2567)).isNull();
        await().atMost(Duration.ofSeconds(5)).until(() -> parked(unknown) == 1);
    }

    @Test
    void measureCoverageReplacesTheYearsPicture() {
        String code = "c" + run;
        coverage(code, 2568, Map.of("8", 2, "9", 1));
        coverage(code, 2568, Map.of("8", 1));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForList(
                                "SELECT indicator_code || ':' || measures FROM measure_coverage WHERE tenant_code = ? AND fiscal_year = 2568",
                                String.class,
                                code)
                        .equals(List.of("8:1")));
    }

    private long parked(String code) {
        return jdbc.queryForObject("SELECT count(*) FROM parked_score_events WHERE tenant_code = ?", Long.class, code);
    }

    private long lag(String stream) {
        return consumers.stream()
                .filter(c -> c.stream().equals(stream))
                .findFirst()
                .orElseThrow()
                .lag();
    }

    private Map<String, Object> fact(String code, int fiscalYear) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT * FROM score_facts WHERE dataset = 'real' AND agency_code = ? AND fiscal_year = ?",
                code,
                fiscalYear);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private void tenant(String code, String province) {
        TenantEvent event = new TenantEvent(
                UUID.randomUUID(),
                TenantEvent.Kind.ONBOARDED,
                code,
                "เทศบาลตำบลทดสอบ",
                "Test",
                "SUBDISTRICT_MUNICIPALITY",
                province,
                "ACTIVE",
                Instant.now());
        redis.opsForStream()
                .add(StreamRecords.newRecord()
                        .in(Streams.TENANTS)
                        .ofMap(Map.of(
                                Streams.FIELD_TYPE,
                                TenantEvent.class.getSimpleName(),
                                Streams.FIELD_PAYLOAD,
                                json.writeValueAsString(event))));
    }

    private void scores(String code, int fiscalYear, String[] values, String published) {
        Map<String, BigDecimal> indicators = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            indicators.put(String.valueOf(i + 1), new BigDecimal(values[i]));
        }
        ScoresChanged event = new ScoresChanged(
                code,
                fiscalYear,
                indicators,
                published == null ? null : new BigDecimal(published),
                null,
                0,
                Instant.now());
        redis.opsForStream()
                .add(StreamRecords.newRecord()
                        .in(Streams.SCORES)
                        .ofMap(Map.of(
                                Streams.FIELD_TYPE,
                                ScoresChanged.class.getSimpleName(),
                                Streams.FIELD_PAYLOAD,
                                json.writeValueAsString(event))));
    }

    private void coverage(String code, int fiscalYear, Map<String, Integer> counts) {
        redis.opsForStream()
                .add(StreamRecords.newRecord()
                        .in(Streams.SCORES)
                        .ofMap(Map.of(
                                Streams.FIELD_TYPE,
                                MeasuresChanged.class.getSimpleName(),
                                Streams.FIELD_PAYLOAD,
                                json.writeValueAsString(
                                        new MeasuresChanged(code, fiscalYear, counts, Instant.now())))));
    }
}
