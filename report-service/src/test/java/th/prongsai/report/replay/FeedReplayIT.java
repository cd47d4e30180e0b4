package th.prongsai.report.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import th.prongsai.events.Streams;
import th.prongsai.events.outbox.OutboxRelay;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import tools.jackson.databind.JsonNode;

/** The analytics backfill publishes every ready tenant's years again through the outbox; only a service may ask. */
class FeedReplayIT extends ReportIntegrationTest {

    @Autowired
    OutboxRelay relay;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void aReplayPublishesEveryTenantsYearsAgain() {
        String code = provisioned("replay", "23");
        api.tenant(
                "PUT",
                code,
                "/api/fiscal-years/2566/scores",
                TestTokens.officer(code),
                Map.of(
                        "indicators",
                        Map.of(
                                "1", 90, "2", 90, "3", 90, "4", 90, "5", 90, "6", 90, "7", 90, "8", 90, "9", 90, "10",
                                90)));
        relay.drain();
        int before = events(Streams.SCORES, code).size();

        Api.Response replayed = api.send("POST", "/internal/analytics/replay", TestTokens.service(), null, null);

        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(200);
        assertThat(replayed.json().get("scoreSheets").asInt()).isPositive();
        relay.drain();
        assertThat(events(Streams.SCORES, code)).hasSize(before + 1);
        assertThat(api.send("POST", "/internal/analytics/replay", TestTokens.nationalAdmin(), null, null)
                        .status())
                .isEqualTo(403);
    }

    private List<JsonNode> events(String stream, String tenant) {
        List<MapRecord<String, Object, Object>> entries = redis.opsForStream().range(stream, Range.unbounded());
        return entries.stream()
                .map(e -> Api.JSON.readTree(String.valueOf(e.getValue().get(Streams.FIELD_PAYLOAD))))
                .filter(json -> tenant.equals(json.path("tenant").asString(null)))
                .toList();
    }
}
