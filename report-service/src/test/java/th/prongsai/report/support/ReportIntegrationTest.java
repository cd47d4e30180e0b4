package th.prongsai.report.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.testsupport.TestInfra;

/**
 * The whole service on a random port against real PostgreSQL and Redis, trusting tokens signed by
 * {@link TestTokens}. One shared Spring context for every IT; each test uses tenant codes of its own.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ita.report.schemas.lock-timeout=1s",
            "spring.datasource.hikari.maximum-pool-size=10",
            "ita.gateway.secret=" + Api.GATEWAY_SECRET,
            // the OIT checks open the tests' own HTTP server on 127.0.0.1; no nightly schedule in tests
            "ita.report.oit.link-check.allow-loopback=true",
            "ita.report.oit.link-check.per-host-delay=0ms",
            "ita.report.oit.schedule.enabled=false"
        })
@Import(TestSecurityConfiguration.class)
public abstract class ReportIntegrationTest {

    /** Tenant event keys of this test JVM, so that tests on a shared Redis never see each other's events. */
    public static final String EVENT_STREAM = "ita:test:" + UUID.randomUUID() + ":events:tenants";

    public static final String EVENT_REGISTRY = "ita:test:" + UUID.randomUUID() + ":tenants";

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfra.register(registry);
        registry.add("ita.report.tenant-events.stream", () -> EVENT_STREAM);
        registry.add("ita.report.tenant-events.registry", () -> EVENT_REGISTRY);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected DataSource dataSource;

    @Autowired
    protected JdbcTemplate jdbc;

    protected Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    /** A tenant code no other test uses. */
    protected static String newCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected String provisioned(String prefix, String province) {
        String code = newCode(prefix);
        Api.Response response = api.provision(code, province);
        assertThat(response.status()).as("provisioning %s: %s", code, response).isEqualTo(200);
        return code;
    }

    /** The tenant's schema name, derived as libs/tenancy derives it. */
    protected static String schemaOf(String code) {
        return TenantCode.of(code).schemaName();
    }

    /** A 400 problem whose {@code errors} name at least these fields (or some field, when none are given). */
    protected static void assertInvalid(Api.Response response, String... fields) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> named = response.json().get("errors").findValuesAsString("field");
        assertThat(named).as(response.toString()).isNotEmpty();
        if (fields.length > 0) {
            assertThat(named).as(response.toString()).contains(fields);
        }
    }

    protected boolean schemaExists(String schema) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ?)", Boolean.class, schema));
    }

    protected int count(String schema, String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + schema + "." + table, Integer.class);
    }
}
