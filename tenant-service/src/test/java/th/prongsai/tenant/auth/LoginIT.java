package th.prongsai.tenant.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.prongsai.tenant.Http;
import th.prongsai.tenant.RunningService;

/** Login: wrong credentials and bad tokens are 401 problems, repeated failures are throttled. */
class LoginIT extends RunningService {

    @Test
    void badCredentialsAre401Problems() {
        assertProblem(http.post("/api/auth/token", null, Map.of("username", "admin", "password", "wrong")), 401);
        assertProblem(
                http.post("/api/auth/token", null, Map.of("username", "nobody-" + UUID.randomUUID(), "password", "x")),
                401);
        assertProblem(http.get("/api/tenants", null), 401);
        assertProblem(http.get("/api/tenants", "not-a-jwt"), 401);
        assertProblem(http.get("/api/tenants", admin.substring(0, admin.length() - 4) + "AAAA"), 401);
    }

    @Test
    void repeatedFailedLoginsAreThrottled() {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response created = http.post(
                "/api/users",
                admin,
                Map.of(
                        "username",
                        username,
                        "password",
                        "correct-horse",
                        "roles",
                        List.of("PROVINCIAL_OFFICER"),
                        "province",
                        "80"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        for (int i = 0; i < 3; i++) {
            assertProblem(http.post("/api/auth/token", null, Map.of("username", username, "password", "wrong")), 401);
        }
        Http.Response blocked =
                http.post("/api/auth/token", null, Map.of("username", username, "password", "correct-horse"));
        assertProblem(blocked, 429);
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 900L);
        redis.delete("ita:login:" + username);
        assertThat(http.token(username, "correct-horse")).isNotBlank();
    }
}
