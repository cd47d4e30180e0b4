package th.prongsai.tenant.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import th.prongsai.tenant.Http;
import th.prongsai.testsupport.TestInfra;

/** With Redis unreachable, sign-in still works and is never throttled: a cache outage must lock no one out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ita.demo.enabled=true")
class LoginWithoutRedisIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfra.register(registry);
        // nothing listens on port 1: every Redis command fails at once
        registry.add("spring.data.redis.url", () -> "redis://127.0.0.1:1");
    }

    @LocalServerPort
    int port;

    @Test
    void signInWorksAndWrongPasswordsAreStill401() {
        Http http = new Http(port);
        for (int i = 0; i < 6; i++) {
            assertThat(http.login("admin", "wrong-" + i, "192.0.2.50").status()).isEqualTo(401);
        }
        Http.Response ok = http.login("admin", "demo", "192.0.2.50");
        assertThat(ok.status()).as(ok.raw().body()).isEqualTo(200);
    }
}
