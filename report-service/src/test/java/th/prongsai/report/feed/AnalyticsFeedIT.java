package th.prongsai.report.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import th.prongsai.events.Streams;
import th.prongsai.events.outbox.OutboxRelay;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenancy.context.MissingTenantException;
import th.prongsai.tenancy.context.TenantContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Scores, measure coverage and frameworks reach the outbox with the change, and the relay delivers them. */
class AnalyticsFeedIT extends ReportIntegrationTest {

    @Autowired
    OutboxRelay relay;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void aScoreAndAMeasureBecomeEventsForAnalytics() {
        String code = provisioned("feed", "23");
        String token = TestTokens.officer(code);
        Map<String, Object> indicators = Map.of(
                "1", 82.50, "2", 83.06, "3", 88.33, "4", 65.00, "5", 71.80, "6", 89.26, "7", 82.34, "8", 65.20, "9",
                63.57, "10", 43.34);
        assertThat(api.tenant(
                                "PUT",
                                code,
                                "/api/fiscal-years/2567/scores",
                                token,
                                Map.of("indicators", indicators, "publishedOverall", 68.51))
                        .status())
                .isEqualTo(200);
        assertThat(api.tenant(
                                "POST",
                                code,
                                "/api/fiscal-years/2568/measures",
                                token,
                                Map.of(
                                        "number",
                                        1,
                                        "title",
                                        "ปรับปรุงระบบ",
                                        "indicatorCodes",
                                        List.of("8", "9.1", "9.2"),
                                        "status",
                                        "PLANNED"))
                        .status())
                .isEqualTo(201);
        assertThat(api.tenant(
                                "PUT",
                                code,
                                "/api/fiscal-years/2567/scores",
                                token,
                                Map.of("indicators", Map.of("1", 101)))
                        .status())
                .as("refused: no event")
                .isEqualTo(400);

        // the relay's own poller may hold the rows a moment (SKIP LOCKED): drain until both have reached the stream
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            relay.drain();
            assertThat(events(Streams.SCORES, code)).hasSize(2);
        });
        List<JsonNode> events = events(Streams.SCORES, code);
        JsonNode scores = events.get(0);
        assertThat(scores.get("fiscalYear").asInt()).isEqualTo(2567);
        assertThat(scores.get("indicators").get("8").decimalValue()).isEqualByComparingTo("65.20");
        assertThat(scores.get("publishedOverall").decimalValue()).isEqualByComparingTo("68.51");
        JsonNode coverage = events.get(1);
        assertThat(coverage.get("fiscalYear").asInt()).isEqualTo(2568);
        assertThat(coverage.get("measuresPerIndicator").get("8").asInt()).isEqualTo(1);
        assertThat(coverage.get("measuresPerIndicator").get("9").asInt())
                .as("sub-indicators count once")
                .isEqualTo(1);

        assertThat(api.tenant("DELETE", code, "/api/fiscal-years/2567/scores", token, null)
                        .status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            relay.drain();
            assertThat(events(Streams.SCORES, code)).hasSize(3);
        });
        assertThat(events(Streams.SCORES, code).getLast().get("indicators").isNull())
                .isTrue();
    }

    @Autowired
    AnalyticsFeed feed;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void oitReadinessBecomesAnEventOfTheTenantOnItsOwnStream() {
        String code = newCode("feed-oit");
        TenantContext.run(
                TenantCode.of(code),
                () -> transactions.executeWithoutResult(status -> {
                    feed.oitReadinessChanged(
                            2567, 43, 30, new BigDecimal("69.77"), 5, 3, 2, 1, 2, LocalDate.of(2024, 4, 30));
                    feed.oitReadinessChanged(2568, 0, 0, null, 0, 0, 0, 0, 0, null);
                }));
        // rolled back with its change: no event
        TenantContext.run(
                TenantCode.of(code),
                () -> transactions.executeWithoutResult(status -> {
                    feed.oitReadinessChanged(2566, 43, 1, new BigDecimal("2.33"), 42, 0, 0, 0, 0, null);
                    status.setRollbackOnly();
                }));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            relay.drain();
            assertThat(events(Streams.OIT, code)).hasSize(2);
        });
        List<MapRecord<String, Object, Object>> entries = redis.opsForStream().range(Streams.OIT, Range.unbounded());
        assertThat(entries)
                .filteredOn(e ->
                        String.valueOf(e.getValue().get(Streams.FIELD_PAYLOAD)).contains(code))
                .allSatisfy(
                        e -> assertThat(e.getValue().get(Streams.FIELD_TYPE)).isEqualTo("OitReadinessChanged"));
        JsonNode ready = events(Streams.OIT, code).get(0);
        assertThat(ready.get("fiscalYear").asInt()).isEqualTo(2567);
        assertThat(ready.get("items").asInt()).isEqualTo(43);
        assertThat(ready.get("ready").asInt()).isEqualTo(30);
        assertThat(ready.get("sharePercent").decimalValue()).isEqualByComparingTo("69.77");
        assertThat(ready.get("missing").asInt()).isEqualTo(5);
        assertThat(ready.get("broken").asInt()).isEqualTo(3);
        assertThat(ready.get("offSite").asInt()).isEqualTo(2);
        assertThat(ready.get("wrongYear").asInt()).isEqualTo(1);
        assertThat(ready.get("notChecked").asInt()).isEqualTo(2);
        assertThat(ready.get("itasCloses").asString()).isEqualTo("2024-04-30");
        assertThat(ready.get("occurredAt").isNull()).isFalse();
        JsonNode empty = events(Streams.OIT, code).get(1);
        assertThat(empty.get("sharePercent").isNull()).isTrue();
        assertThat(empty.get("itasCloses").isNull()).isTrue();
        assertThat(events(Streams.SCORES, code)).as("not on the score stream").isEmpty();

        assertThatThrownBy(() -> feed.oitReadinessChanged(2567, 1, 1, BigDecimal.TEN, 0, 0, 0, 0, 0, null))
                .as("the tenant is always the one in context, never a parameter")
                .isInstanceOf(MissingTenantException.class);
    }

    @Test
    void anOitAnswerSendsTheYearsReadinessAsItNowStands() {
        String code = provisioned("feed-oit-answer", "80");
        Api.Response saved = api.tenant(
                "PUT",
                code,
                "/api/fiscal-years/2566/oit/items/o1",
                TestTokens.officer(code),
                Map.of("hasData", true, "urls", List.of("https://thaphae.example/about/structure")));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            relay.drain();
            assertThat(events(Streams.OIT, code)).hasSize(1);
        });
        JsonNode readiness = events(Streams.OIT, code).get(0);
        assertThat(readiness.get("fiscalYear").asInt()).isEqualTo(2566);
        assertThat(readiness.get("items").asInt()).isEqualTo(43);
        assertThat(readiness.get("ready").asInt()).isZero();
        assertThat(readiness.get("notChecked").asInt())
                .as("o1 has a URL nobody checked yet")
                .isEqualTo(1);
        assertThat(readiness.get("missing").asInt()).isEqualTo(42);
    }

    @Test
    void aNewFrameworkIsPublishedWithItsRegistryEntry() {
        ObjectNode framework =
                (ObjectNode) api.send("GET", "/api/frameworks/2568", TestTokens.nationalAdmin(), null, null)
                        .json();
        framework.put("fiscalYear", 2699);
        framework.putNull("itasWindow"); // 2568's window lies in 2568, not in 2699
        assertThat(api.send("PUT", "/api/frameworks/2699", TestTokens.nationalAdmin(), null, framework)
                        .status())
                .isEqualTo(201);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            relay.drain();
            assertThat(redis.opsForHash().get(Streams.FRAMEWORK_REGISTRY, "2699"))
                    .isNotNull();
        });
        Object registered = redis.opsForHash().get(Streams.FRAMEWORK_REGISTRY, "2699");
        assertThat(Api.JSON.readTree((String) registered).get("fiscalYear").asInt())
                .isEqualTo(2699);
    }

    private List<JsonNode> events(String stream, String tenant) {
        List<MapRecord<String, Object, Object>> entries = redis.opsForStream().range(stream, Range.unbounded());
        return entries.stream()
                .map(e -> Api.JSON.readTree(String.valueOf(e.getValue().get(Streams.FIELD_PAYLOAD))))
                .filter(json -> tenant.equals(json.path("tenant").asString(null)))
                .toList();
    }
}
