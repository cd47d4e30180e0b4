package th.prongsai.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import th.prongsai.tenant.tenant.TenantRegistry;
import th.prongsai.testsupport.TestInfra;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ita.demo.enabled=true", "ita.events.outbox.poll-interval=50ms"})
class TenantServiceIT {

    static final FakeReportService REPORT = FakeReportService.start();

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfra.register(registry);
        registry.add("ita.report.url", REPORT::url);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    TenantRegistry registry;

    Http http;
    String admin;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        REPORT.failWith.set(0);
        admin = http.token("admin", "demo");
    }

    /** Codes this run created, removed from the shared Redis registry hash afterwards. */
    static final List<String> CREATED = new java.util.concurrent.CopyOnWriteArrayList<>();

    static String uniqueCode() {
        String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
        CREATED.add(code);
        return code;
    }

    @AfterAll
    static void forgetTestTenants(@Autowired StringRedisTemplate redis) {
        if (!CREATED.isEmpty()) {
            redis.opsForHash().delete(Streams.TENANT_REGISTRY, CREATED.toArray());
        }
    }

    static Map<String, Object> tenant(String code, String province) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("nameTh", "เทศบาลทดสอบ " + code);
        body.put("nameEn", "Test municipality " + code);
        body.put("type", "TOWN_MUNICIPALITY");
        body.put("province", province);
        body.put("district", "เมือง");
        body.put("dlaCode", "1234567");
        body.put("website", "https://example.go.th");
        return body;
    }

    String onboard(String province) {
        String code = uniqueCode();
        Http.Response created = http.post("/api/tenants", admin, tenant(code, province));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return code;
    }

    long rows(String code) {
        return jdbc.queryForObject("SELECT count(*) FROM tenancy.tenants WHERE code = ?", Long.class, code);
    }

    List<TenantEvent> events(String code) {
        List<MapRecord<String, Object, Object>> records = redis.opsForStream()
                .reverseRange(Streams.TENANTS, Range.unbounded(), Limit.limit().count(2000));
        List<TenantEvent> found = new ArrayList<>();
        for (MapRecord<String, Object, Object> record : records == null ? List.<MapRecord<String, Object, Object>>of() : records) {
            assertThat(record.getValue().get(Streams.FIELD_TYPE)).isEqualTo("TenantEvent");
            TenantEvent event = JsonMapper.shared().readValue((String) record.getValue().get(Streams.FIELD_PAYLOAD), TenantEvent.class);
            if (event.code().equals(code)) {
                found.addFirst(event);
            }
        }
        return found;
    }

    List<TenantEvent.Kind> kinds(String code) {
        return events(code).stream().map(TenantEvent::kind).toList();
    }

    static void assertProblem(Http.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.raw().body()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).isNotBlank();
    }

    @Test
    void onboardingProvisionsTheSchemaThenAnswersActive() {
        String code = uniqueCode();
        Http.Response created = http.post("/api/tenants", admin, tenant(code, "23"));

        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/tenants/" + code);
        assertThat(created.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(created.json().get("placement").get("schema").asString()).isEqualTo("t_" + code.replace('-', '_'));

        List<FakeReportService.Call> calls = REPORT.callsFor(code);
        assertThat(calls).hasSize(1);
        assertThat(calls.getFirst().method()).isEqualTo("PUT");
        assertThat(calls.getFirst().body()).contains("\"province\":\"23\"").contains("nameTh");
        String serviceToken = calls.getFirst().authorization().substring("Bearer ".length());
        Jwt jwt = NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/api/auth/jwks").build().decode(serviceToken);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SERVICE");
        assertThat(jwt.getSubject()).isEqualTo("tenant-service");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(kinds(code)).containsExactly(TenantEvent.Kind.ONBOARDED);
            Object snapshot = redis.opsForHash().get(Streams.TENANT_REGISTRY, code);
            assertThat(snapshot).isNotNull();
            assertThat(JsonMapper.shared().readValue((String) snapshot, TenantEvent.class).status()).isEqualTo("ACTIVE");
        });
        assertThat(http.token(code + ".officer", "demo")).isNotBlank();
        assertThat(http.token(code + ".mayor", "demo")).isNotBlank();
        Http.Response audit = http.get("/api/audit?size=200", admin);
        assertThat(audit.status()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        audit.json().get("items").forEach(e -> {
            if (e.get("target").asString().equals("tenant:" + code)) {
                actions.add(e.get("action").asString());
            }
        });
        assertThat(actions).containsExactlyInAnyOrder("tenant.create", "tenant.onboard");
    }

    @Test
    void failedProvisioningLeavesFailedAndRetryActivates() {
        String code = uniqueCode();
        REPORT.failWith.set(500);

        Http.Response failed = http.post("/api/tenants", admin, tenant(code, "92"));

        assertProblem(failed, 502);
        assertThat(failed.json().get("reason").asString()).contains("report-service answered 500").contains("changelog broke");
        Http.Response stored = http.get("/api/tenants/" + code, admin);
        assertThat(stored.json().get("status").asString()).isEqualTo("FAILED");
        assertThat(stored.json().get("failureReason").asString()).contains("500");
        assertThat(http.get("/api/tenants/" + code, admin).json().get("status").asString()).isEqualTo("FAILED");

        REPORT.failWith.set(0);
        Http.Response retried = http.post("/api/tenants/" + code + "/provision", admin, null);

        assertThat(retried.status()).as(retried.raw().body()).isEqualTo(200);
        assertThat(retried.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(retried.json().get("failureReason").isNull()).isTrue();
        assertThat(http.post("/api/tenants/" + code + "/provision", admin, null).json().get("status").asString())
                .isEqualTo("ACTIVE");
        assertThat(REPORT.callsFor(code)).hasSize(2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(kinds(code)).containsExactly(TenantEvent.Kind.FAILED, TenantEvent.Kind.ONBOARDED));
    }

    @Test
    void suspendActivateArchiveEmitEventsAndAuditRows() {
        String code = onboard("23");

        Http.Response suspended = http.post("/api/tenants/" + code + "/suspend", admin, null);
        assertThat(suspended.status()).isEqualTo(200);
        assertThat(suspended.json().get("status").asString()).isEqualTo("SUSPENDED");
        Http.Response activated = http.post("/api/tenants/" + code + "/activate", admin, null);
        assertThat(activated.json().get("status").asString()).isEqualTo("ACTIVE");
        Http.Response archived = http.post("/api/tenants/" + code + "/archive", admin, null);
        assertThat(archived.json().get("status").asString()).isEqualTo("ARCHIVED");

        assertProblem(http.post("/api/tenants/" + code + "/activate", admin, null), 409);
        assertThat(rows(code)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(kinds(code)).containsExactly(TenantEvent.Kind.ONBOARDED, TenantEvent.Kind.SUSPENDED,
                    TenantEvent.Kind.ACTIVATED, TenantEvent.Kind.ARCHIVED);
            assertThat(events(code).getLast().status()).isEqualTo("ARCHIVED");
            assertThat((String) redis.opsForHash().get(Streams.TENANT_REGISTRY, code)).contains("\"ARCHIVED\"");
        });
        assertThat(jdbc.queryForList("SELECT action FROM tenancy.audit_log WHERE target = ? ORDER BY id",
                String.class, "tenant:" + code))
                .containsExactly("tenant.create", "tenant.onboard", "tenant.suspend", "tenant.activate", "tenant.archive");
    }

    @Test
    void badTenantCodesAnswer400AndCreateNothing() {
        for (String bad : List.of("TRAT", "trat;drop", "../x", "a".repeat(60), "ตราด", "", "1trat")) {
            Http.Response response = http.post("/api/tenants", admin, tenant(bad, "23"));
            assertProblem(response, 400);
            assertThat(response.json().get("errors").toString()).contains("code");
            assertThat(rows(bad)).isZero();
        }
        assertThat(REPORT.calls.stream().filter(c -> c.path().contains("trat;drop") || c.path().contains("..")).count()).isZero();
        assertProblem(http.get("/api/tenants/TRAT", admin), 400);
        assertProblem(http.get("/api/tenants/trat;drop", admin), 400);
        assertProblem(http.post("/api/tenants/" + "a".repeat(60) + "/suspend", admin, null), 400);
    }

    @Test
    void duplicateCodeIs409() {
        String code = onboard("23");
        Http.Response again = http.post("/api/tenants", admin, tenant(code, "92"));
        assertProblem(again, 409);
        assertThat(rows(code)).isEqualTo(1);
    }

    @Test
    void unknownProvinceIs400AndCreatesNothing() {
        String code = uniqueCode();
        Http.Response response = http.post("/api/tenants", admin, tenant(code, "99"));
        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("province");
        assertThat(rows(code)).isZero();
    }

    @Test
    void tokensVerifyAgainstJwksWithKid() {
        Http.Response jwks = http.get("/api/auth/jwks", null);
        assertThat(jwks.status()).isEqualTo(200);
        JsonNode key = jwks.json().get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.has("d")).isFalse();

        Http.Response token = http.post("/api/auth/token", null, Map.of("username", "province.trat", "password", "demo"));
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(token.json().get("expires_in").asLong()).isPositive();
        String value = token.json().get("access_token").asString();
        String header = new String(Base64.getUrlDecoder().decode(value.split("\\.")[0]));
        assertThat(header).contains("\"RS256\"").contains("\"kid\":\"" + key.get("kid").asString() + "\"");

        Jwt jwt = NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/api/auth/jwks").build().decode(value);
        assertThat(jwt.getSubject()).isEqualTo("province.trat");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("prongsai");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("PROVINCIAL_OFFICER");
        assertThat(jwt.getClaimAsString("province")).isEqualTo("23");
    }

    @Test
    void badCredentialsAre401Problems() {
        assertProblem(http.post("/api/auth/token", null, Map.of("username", "admin", "password", "wrong")), 401);
        assertProblem(http.post("/api/auth/token", null, Map.of("username", "nobody-" + UUID.randomUUID(), "password", "x")), 401);
        assertProblem(http.get("/api/tenants", null), 401);
        assertProblem(http.get("/api/tenants", "not-a-jwt"), 401);
        assertProblem(http.get("/api/tenants", admin.substring(0, admin.length() - 4) + "AAAA"), 401);
    }

    @Test
    void repeatedFailedLoginsAreThrottled() {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response created = http.post("/api/users", admin, Map.of("username", username, "password", "correct-horse",
                "roles", List.of("PROVINCIAL_OFFICER"), "province", "80"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        for (int i = 0; i < 3; i++) {
            assertProblem(http.post("/api/auth/token", null, Map.of("username", username, "password", "wrong")), 401);
        }
        Http.Response blocked = http.post("/api/auth/token", null, Map.of("username", username, "password", "correct-horse"));
        assertProblem(blocked, 429);
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 900L);
        redis.delete("ita:login:" + username);
        assertThat(http.token(username, "correct-horse")).isNotBlank();
    }

    @Test
    void whoSeesWhichTenants() {
        String inTrat = onboard("23");
        String inTrang = onboard("92");

        List<String> adminSees = codes(http.get("/api/tenants?size=500", admin));
        assertThat(adminSees).contains(inTrat, inTrang);

        String provinceTrat = http.token("province.trat", "demo");
        Http.Response provincial = http.get("/api/tenants?size=500", provinceTrat);
        assertThat(codes(provincial)).contains(inTrat).doesNotContain(inTrang);
        provincial.json().get("items").forEach(t -> assertThat(t.get("province").asString()).isEqualTo("23"));
        assertThat(http.get("/api/tenants/" + inTrat, provinceTrat).status()).isEqualTo(200);
        assertProblem(http.get("/api/tenants/" + inTrang, provinceTrat), 403);

        String officer = http.token(inTrat + ".officer", "demo");
        assertThat(codes(http.get("/api/tenants", officer))).containsExactly(inTrat);
        assertThat(http.get("/api/tenants/" + inTrat, officer).status()).isEqualTo(200);
        assertProblem(http.get("/api/tenants/" + inTrang, officer), 403);

        String municipalAdmin = http.token(inTrat + ".admin", "demo");
        assertProblem(http.post("/api/tenants", municipalAdmin, tenant(uniqueCode(), "23")), 403);
        assertProblem(http.post("/api/tenants", provinceTrat, tenant(uniqueCode(), "23")), 403);
        assertProblem(http.post("/api/tenants/" + inTrat + "/suspend", provinceTrat, null), 403);
        assertProblem(http.post("/api/tenants/" + inTrat + "/suspend", municipalAdmin, null), 403);
        assertProblem(http.get("/api/audit", municipalAdmin), 403);
        assertProblem(http.get("/api/users", officer), 403);
        assertThat(http.get("/api/tenants/" + inTrat, admin).json().get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void municipalAdminManagesOnlyOwnMunicipalUsers() {
        String own = onboard("96");
        String other = onboard("96");
        String municipalAdmin = http.token(own + ".admin", "demo");

        Http.Response created = http.post("/api/users", municipalAdmin, Map.of("username", own + ".new",
                "password", "long-enough-1", "roles", List.of("MUNICIPAL_OFFICER"), "tenant", own, "position", "CLERK"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.json().has("passwordHash")).isFalse();
        assertThat(created.json().get("position").asString()).isEqualTo("CLERK");

        assertProblem(http.post("/api/users", municipalAdmin, Map.of("username", other + ".x",
                "password", "long-enough-1", "roles", List.of("MUNICIPAL_OFFICER"), "tenant", other)), 403);
        assertProblem(http.post("/api/users", municipalAdmin, Map.of("username", own + ".boss",
                "password", "long-enough-1", "roles", List.of("NATIONAL_ADMIN"))), 403);
        assertProblem(http.post("/api/users", admin, Map.of("username", own + ".new",
                "password", "long-enough-1", "roles", List.of("MUNICIPAL_OFFICER"), "tenant", own)), 409);

        Http.Response listed = http.get("/api/users?size=500", municipalAdmin);
        assertThat(listed.status()).isEqualTo(200);
        listed.json().get("items").forEach(u -> assertThat(u.get("tenant").asString()).isEqualTo(own));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tenancy.audit_log WHERE action = 'user.create' AND target = ?",
                Long.class, "user:" + own + ".new")).isEqualTo(1);
    }

    @Test
    void badInputOnEveryEndpointIsProblemJson() {
        assertProblem(http.post("/api/auth/token", null, "{\"username\":"), 400);
        assertProblem(http.post("/api/auth/token", null, Map.of("username", "")), 400);
        assertProblem(http.post("/api/tenants", admin, "{not json"), 400);
        Map<String, Object> missing = tenant(uniqueCode(), "23");
        missing.remove("nameTh");
        missing.put("dlaCode", "12");
        missing.put("website", "javascript:alert(1)");
        Http.Response invalid = http.post("/api/tenants", admin, missing);
        assertProblem(invalid, 400);
        assertThat(invalid.json().get("errors").toString()).contains("nameTh").contains("dlaCode").contains("website");
        Map<String, Object> badType = tenant(uniqueCode(), "23");
        badType.put("type", "CASTLE");
        assertProblem(http.post("/api/tenants", admin, badType), 400);
        assertProblem(http.get("/api/tenants?size=0", admin), 400);
        assertProblem(http.get("/api/tenants?size=abc", admin), 400);
        assertProblem(http.get("/api/tenants/" + uniqueCode(), admin), 404);
        assertProblem(http.post("/api/tenants/" + uniqueCode() + "/suspend", admin, null), 404);
        assertProblem(http.post("/api/users", admin, Map.of("username", "Bad Name", "password", "x", "roles", List.of())), 400);
        assertProblem(http.post("/api/users", admin, Map.of("username", "fine.name", "password", "long-enough-1",
                "roles", List.of("MUNICIPAL_OFFICER"), "tenant", "no-such-tenant")), 400);
        assertProblem(http.post("/api/users", admin, Map.of("username", "svc.name", "password", "long-enough-1",
                "roles", List.of("SERVICE"))), 400);
        assertProblem(http.get("/api/audit?page=-1", admin), 400);
        assertProblem(http.get("/api/nothing-here", admin), 404);
    }

    @Test
    void provincesAreTheSeventySevenWithOfficialCodes() {
        Http.Response provinces = http.get("/api/provinces", admin);
        assertThat(provinces.status()).isEqualTo(200);
        assertThat(provinces.json().size()).isEqualTo(77);
        Map<String, String> slugs = new LinkedHashMap<>();
        provinces.json().forEach(p -> slugs.put(p.get("code").asString(), p.get("slug").asString()));
        assertThat(slugs).containsEntry("10", "bangkok").containsEntry("23", "trat").containsEntry("80", "nakhon-si-thammarat")
                .containsEntry("92", "trang").containsEntry("96", "narathiwat");
    }

    @Test
    void republishingRestoresTheRegistrySnapshot() {
        String code = onboard("80");
        await().atMost(Duration.ofSeconds(10)).until(() -> redis.opsForHash().hasKey(Streams.TENANT_REGISTRY, code));
        redis.opsForHash().delete(Streams.TENANT_REGISTRY, code);

        assertThat(registry.republishAll()).isGreaterThanOrEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Object snapshot = redis.opsForHash().get(Streams.TENANT_REGISTRY, code);
            assertThat(snapshot).isNotNull();
            TenantEvent event = JsonMapper.shared().readValue((String) snapshot, TenantEvent.class);
            assertThat(event.kind()).isEqualTo(TenantEvent.Kind.UPDATED);
            assertThat(event.status()).isEqualTo("ACTIVE");
        });
    }

    @Test
    void operationalEndpointsAreOpen() {
        assertThat(http.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/prometheus", null).raw().body()).contains("ita_outbox_unpublished");
        assertThat(http.get("/v3/api-docs", null).raw().body()).contains("/api/tenants");
    }

    private static List<String> codes(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        response.json().get("items").forEach(t -> codes.add(t.get("code").asString()));
        return codes;
    }
}
