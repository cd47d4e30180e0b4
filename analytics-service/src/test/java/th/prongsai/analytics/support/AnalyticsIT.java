package th.prongsai.analytics.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import th.prongsai.tenancy.security.CallerAuthenticationConverter;
import th.prongsai.testsupport.TestInfra;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of analytics integration tests: the whole application against real PostgreSQL and Redis
 * ({@link TestInfra}), MockMvc, and callers signed as the resource server would after verifying a token.
 * Every subclass shares one Spring context (same configuration), so keep fixtures unique per test
 * (e.g. with {@link #run}) or clean up what you insert.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class AnalyticsIT {

    /** One consumer group per JVM: the streams on a shared Redis also hold other test runs' events. */
    private static final String CONSUMER_GROUP = "analytics-it-" + UUID.randomUUID();

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfra.register(registry);
        registry.add("ita.analytics.consumer-group", () -> CONSUMER_GROUP);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected StringRedisTemplate redis;

    @Autowired
    protected JsonMapper json;

    /** A short token unique to this test instance, for codes that must not collide across tests. */
    protected final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    /** Signs the request in the way the resource server would after verifying such a token. */
    protected static RequestPostProcessor as(String subject, Map<String, Object> claims) {
        Jwt jwt = Jwt.withTokenValue("test")
                .header("alg", "RS256")
                .subject(subject)
                .claims(c -> c.putAll(claims))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .build();
        return authentication(new CallerAuthenticationConverter().convert(jwt));
    }

    protected static RequestPostProcessor nationalAdmin() {
        return as("admin", Map.of("roles", List.of("NATIONAL_ADMIN")));
    }

    /** A provincial officer of the province with this 2-digit code (e.g. "23" = Trat). */
    protected static RequestPostProcessor provincialOfficer(String province) {
        return as("province." + province, Map.of("roles", List.of("PROVINCIAL_OFFICER"), "province", province));
    }

    protected static RequestPostProcessor municipalOfficer(String tenantCode) {
        return as("officer." + tenantCode, Map.of("roles", List.of("MUNICIPAL_OFFICER"), "tenant", tenantCode));
    }

    protected static RequestPostProcessor municipalAdmin(String tenantCode) {
        return as("admin." + tenantCode, Map.of("roles", List.of("MUNICIPAL_ADMIN"), "tenant", tenantCode));
    }

    /** Another Prongsai service: never a reader of analytics. */
    protected static RequestPostProcessor service() {
        return as("svc", Map.of("roles", List.of("SERVICE")));
    }
}
