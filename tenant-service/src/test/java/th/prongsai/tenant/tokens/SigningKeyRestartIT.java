package th.prongsai.tenant.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import th.prongsai.events.Streams;
import th.prongsai.tenant.Http;
import th.prongsai.tenant.TenantServiceApplication;
import th.prongsai.testsupport.TestInfra;

/** Tokens issued before a restart still verify after it: the signing key lives in the database. */
class SigningKeyRestartIT {

    private static ConfigurableApplicationContext start() {
        // command-line arguments, so they win over application.yml's environment placeholders
        return new SpringApplicationBuilder(TenantServiceApplication.class)
                .run(
                        "--server.port=0",
                        "--ita.demo.enabled=true",
                        "--spring.datasource.url=" + TestInfra.postgres().jdbcUrl(),
                        "--spring.datasource.username=" + TestInfra.postgres().username(),
                        "--spring.datasource.password=" + TestInfra.postgres().password(),
                        "--spring.data.redis.url=" + TestInfra.redisUrl(),
                        "--ita.report.url=http://127.0.0.1:9");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Each start re-announces the test database's tenants to the shared Redis; take them out again. */
    @AfterAll
    static void forgetTestTenants() throws Exception {
        List<String> codes = new ArrayList<>();
        try (Connection c = TestInfra.postgres().connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT code FROM tenancy.tenants")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        if (codes.isEmpty()) {
            return;
        }
        var server = new RedisStandaloneConfiguration(
                URI.create(TestInfra.redisUrl()).getHost(),
                URI.create(TestInfra.redisUrl()).getPort());
        server.setDatabase(TestInfra.redisDatabase());
        var redis = new LettuceConnectionFactory(server);
        redis.afterPropertiesSet();
        redis.start();
        try {
            new StringRedisTemplate(redis).opsForHash().delete(Streams.TENANT_REGISTRY, codes.toArray());
        } finally {
            redis.destroy();
        }
    }

    @Test
    void keySurvivesRestart() {
        String token;
        String kidBefore;
        try (ConfigurableApplicationContext first = start()) {
            Http http = new Http(port(first));
            token = http.token("admin", "demo");
            kidBefore = http.get("/api/auth/jwks", null)
                    .json()
                    .get("keys")
                    .get(0)
                    .get("kid")
                    .asString();
        }
        try (ConfigurableApplicationContext second = start()) {
            int port = port(second);
            Http http = new Http(port);
            assertThat(http.get("/api/auth/jwks", null)
                            .json()
                            .get("keys")
                            .get(0)
                            .get("kid")
                            .asString())
                    .isEqualTo(kidBefore);
            Jwt jwt = NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/api/auth/jwks")
                    .build()
                    .decode(token);
            assertThat(jwt.getSubject()).isEqualTo("admin");
            assertThat(http.get("/api/tenants", token).status()).isEqualTo(200);
        }
    }
}
