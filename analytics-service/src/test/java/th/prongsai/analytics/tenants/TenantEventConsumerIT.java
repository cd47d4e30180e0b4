package th.prongsai.analytics.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import th.prongsai.tenancy.security.CallerAuthenticationConverter;
import th.prongsai.testsupport.TestInfra;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class TenantEventConsumerIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfra.register(registry);
        // A group of its own: the stream on a shared Redis also holds other test runs' events.
        registry.add("ita.analytics.consumer-group", () -> "analytics-it-" + UUID.randomUUID());
    }

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TenantRecords records;

    @Autowired
    MockMvc mvc;

    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private TenantEvent event(String code, TenantEvent.Kind kind, String status, String province, Instant at) {
        return new TenantEvent(
                UUID.randomUUID(), kind, code, "เทศบาลทดสอบ", "Test", "TOWN_MUNICIPALITY", province, status, at);
    }

    private void publish(TenantEvent event) {
        publishRaw(json.writeValueAsString(event));
    }

    private void publishRaw(String payload) {
        redis.opsForStream()
                .add(StreamRecords.newRecord()
                        .in(Streams.TENANTS)
                        .ofMap(Map.of(
                                Streams.FIELD_TYPE,
                                TenantEvent.class.getSimpleName(),
                                Streams.FIELD_PAYLOAD,
                                payload)));
    }

    /** Signs the request in the way the resource server would after verifying such a token. */
    private static RequestPostProcessor as(String subject, Map<String, Object> claims) {
        Jwt jwt = Jwt.withTokenValue("test")
                .header("alg", "RS256")
                .subject(subject)
                .claims(c -> c.putAll(claims))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .build();
        return authentication(new CallerAuthenticationConverter().convert(jwt));
    }

    private boolean processed(UUID eventId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM processed_events WHERE event_id = ?)", Boolean.class, eventId));
    }

    private String statusOf(String code) {
        List<TenantRecord> found = records.byCode(code);
        return found.isEmpty() ? null : found.getFirst().status();
    }

    @Test
    void recordsTenantsFromLifecycleEvents() {
        String code = "a" + run + "-on";
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        publish(event(code, TenantEvent.Kind.ONBOARDED, "ACTIVE", "23", t0));
        await().atMost(Duration.ofSeconds(10)).until(() -> "ACTIVE".equals(statusOf(code)));

        publish(event(code, TenantEvent.Kind.SUSPENDED, "SUSPENDED", "23", t0.plusSeconds(60)));
        await().atMost(Duration.ofSeconds(10)).until(() -> "SUSPENDED".equals(statusOf(code)));
    }

    @Test
    void aRedeliveredOrOlderEventChangesNothing() {
        String code = "a" + run + "-dup";
        Instant t0 = Instant.parse("2026-02-01T00:00:00Z");
        TenantEvent suspended = event(code, TenantEvent.Kind.SUSPENDED, "SUSPENDED", "92", t0.plusSeconds(10));
        publish(suspended);
        await().atMost(Duration.ofSeconds(10)).until(() -> processed(suspended.eventId()));

        // the same event again, then an older one arriving late (a replay): neither may win
        publish(suspended);
        TenantEvent older = event(code, TenantEvent.Kind.ACTIVATED, "ACTIVE", "92", t0);
        publish(older);
        await().atMost(Duration.ofSeconds(10)).until(() -> processed(older.eventId()));
        assertThat(statusOf(code)).isEqualTo("SUSPENDED");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM processed_events WHERE event_id = ?", Integer.class, suspended.eventId()))
                .isEqualTo(1);
    }

    @Test
    void anUnreadableEventIsSkippedAndLaterEventsStillArrive() {
        publishRaw("{not json");
        String code = "a" + run + "-after";
        publish(event(code, TenantEvent.Kind.ONBOARDED, "ACTIVE", "80", Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> "ACTIVE".equals(statusOf(code)));
    }

    @Test
    void whoSeesWhichTenants() throws Exception {
        String inTrat = "a" + run + "-p23";
        String inTrang = "a" + run + "-p92";
        publish(event(inTrat, TenantEvent.Kind.ONBOARDED, "ACTIVE", "23", Instant.now()));
        publish(event(inTrang, TenantEvent.Kind.ONBOARDED, "ACTIVE", "92", Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(inTrat) != null && statusOf(inTrang) != null);

        mvc.perform(get("/api/analytics/tenants")
                        .param("size", "10000")
                        .with(as("admin", Map.of("roles", List.of("NATIONAL_ADMIN")))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(inTrat)))
                .andExpect(content().string(Matchers.containsString(inTrang)));

        mvc.perform(get("/api/analytics/tenants")
                        .param("size", "10000")
                        .with(as("province.trat", Map.of("roles", List.of("PROVINCIAL_OFFICER"), "province", "23"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(inTrat)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(inTrang))));

        mvc.perform(get("/api/analytics/tenants")
                        .with(as("o", Map.of("roles", List.of("MUNICIPAL_OFFICER"), "tenant", inTrang))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].code").value(inTrang));
    }

    @Test
    void refusals() throws Exception {
        mvc.perform(get("/api/analytics/tenants"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/analytics/tenants").with(as("svc", Map.of("roles", List.of("SERVICE")))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/analytics/tenants")
                        .param("size", "0")
                        .with(as("admin", Map.of("roles", List.of("NATIONAL_ADMIN")))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}
