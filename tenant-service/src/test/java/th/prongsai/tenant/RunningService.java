package th.prongsai.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import th.prongsai.testsupport.TestInfra;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as the ITs of every module meet it: started once on a random port with demo accounts and a fake
 * report-service (one Spring context for all subclasses), the national admin's token, tenant codes unique to the run
 * and the checks every module makes. A subclass that needs other settings adds {@code @TestPropertySource}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ita.demo.enabled=true", "ita.events.outbox.poll-interval=50ms"})
public abstract class RunningService {

    protected static final FakeReportService REPORT = FakeReportService.start();
    /** Codes this run created, removed from the shared Redis registry hash afterwards. */
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfra.register(registry);
        registry.add("ita.report.url", REPORT::url);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected StringRedisTemplate redis;

    protected Http http;
    /** The national admin's token. */
    protected String admin;

    @BeforeEach
    void connect() {
        http = new Http(port);
        REPORT.failWith.set(0);
        REPORT.failCodes.clear();
        admin = http.token("admin", "demo");
    }

    @AfterAll
    static void forgetTestTenants(@Autowired StringRedisTemplate redis) {
        if (!CREATED.isEmpty()) {
            redis.opsForHash().delete(Streams.TENANT_REGISTRY, CREATED.toArray());
        }
    }

    /** A tenant code no other test uses, forgotten from the registry hash after the class. */
    protected static String uniqueCode() {
        return remembered("it-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Marks a code this test made (or will make) so the registry hash forgets it after the class. */
    protected static String remembered(String code) {
        CREATED.add(code);
        return code;
    }

    protected static Map<String, Object> tenant(String code, String province) {
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

    /** A new ACTIVE tenant in {@code province}, with the five demo users of every tenant. */
    protected String onboard(String province) {
        String code = uniqueCode();
        Http.Response created = http.post("/api/tenants", admin, tenant(code, province));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return code;
    }

    protected long rows(String code) {
        return jdbc.queryForObject("SELECT count(*) FROM tenancy.tenants WHERE code = ?", Long.class, code);
    }

    /** The events of one tenant on the stream, oldest first. */
    protected List<TenantEvent> events(String code) {
        List<MapRecord<String, Object, Object>> records = redis.opsForStream()
                .reverseRange(Streams.TENANTS, Range.unbounded(), Limit.limit().count(2000));
        List<TenantEvent> found = new ArrayList<>();
        for (MapRecord<String, Object, Object> record :
                records == null ? List.<MapRecord<String, Object, Object>>of() : records) {
            assertThat(record.getValue().get(Streams.FIELD_TYPE)).isEqualTo("TenantEvent");
            TenantEvent event = JsonMapper.shared()
                    .readValue((String) record.getValue().get(Streams.FIELD_PAYLOAD), TenantEvent.class);
            if (event.code().equals(code)) {
                found.addFirst(event);
            }
        }
        return found;
    }

    protected List<TenantEvent.Kind> kinds(String code) {
        return events(code).stream().map(TenantEvent::kind).toList();
    }

    /** A problem with a type under the platform's base, a title and a detail; returns its JSON. */
    protected static JsonNode assertProblem(Http.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.raw().body()).startsWith("application/problem+json");
        JsonNode json = response.json();
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("type").asString()).startsWith("https://prongsai.th/problems/");
        assertThat(json.get("title").asString()).isNotBlank();
        assertThat(json.get("detail").asString()).isNotBlank();
        return json;
    }

    protected static JsonNode assertProblem(Http.Response response, int status, String typeSlug) {
        JsonNode json = assertProblem(response, status);
        assertThat(json.get("type").asString()).isEqualTo("https://prongsai.th/problems/" + typeSlug);
        return json;
    }

    /** The codes of a page of tenants. */
    protected static List<String> codes(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        response.json().get("items").forEach(t -> codes.add(t.get("code").asString()));
        return codes;
    }
}
