package th.prongsai.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read-your-writes of the tenant lifecycle on the real processes, through the gateway, with no waiting anywhere:
 * the very next request after onboarding answered 201 ACTIVE is served (even when the code was asked for, and
 * remembered as unknown, just before), after suspension answered 200 the very next write is refused, after
 * activation the very next write is stored; and analytics accepts the new tenant's scores.
 */
class TenantLifecycleIT {

    private static final int ROUNDS = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String RUN = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 35), 36);
    private static RunningPlatform platform;

    record Answer(int status, JsonNode body) {}

    @BeforeAll
    static void start() throws IOException {
        platform = new RunningPlatform();
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void everyLifecycleAnswerHoldsForTheVeryNextRequest() throws Exception {
        String admin = token("admin");
        for (int i = 0; i < ROUNDS; i++) {
            String code = "rw-" + RUN + "-" + i;
            assertThat(call("GET", "/t/" + code + "/api/fiscal-years", admin, null)
                            .status())
                    .as("before onboarding")
                    .isEqualTo(404);

            Answer created = call(
                    "POST",
                    "/api/tenants",
                    admin,
                    Map.of(
                            "code",
                            code,
                            "nameTh",
                            "เทศบาลตำบลทดสอบ " + i,
                            "nameEn",
                            code,
                            "type",
                            "SUBDISTRICT_MUNICIPALITY",
                            "province",
                            "23"));
            assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
            assertThat(created.body().get("status").asString()).isEqualTo("ACTIVE");
            Answer first = call("GET", "/t/" + code + "/api/fiscal-years", admin, null);
            assertThat(first.status())
                    .as("the first request after 201 (round %d): %s", i, first.body())
                    .isEqualTo(200);
            assertThat(department(code, admin, "สำนักปลัด").status()).isEqualTo(201);

            assertThat(call("POST", "/api/tenants/" + code + "/suspend", admin, null)
                            .status())
                    .isEqualTo(200);
            Answer refused = department(code, admin, "กองคลัง");
            assertThat(refused.status())
                    .as("the first write after suspension (round %d): %s", i, refused.body())
                    .isEqualTo(403);
            assertThat(refused.body().get("type").asString()).startsWith("https://prongsai.th/problems/");

            assertThat(call("POST", "/api/tenants/" + code + "/activate", admin, null)
                            .status())
                    .isEqualTo(200);
            Answer stored = department(code, admin, "กองช่าง");
            assertThat(stored.status())
                    .as("the first write after activation (round %d): %s", i, stored.body())
                    .isEqualTo(201);
        }
        // only the two departments written while active were stored
        String last = "rw-" + RUN + "-" + (ROUNDS - 1);
        assertThat(call("GET", "/t/" + last + "/api/departments", admin, null)
                        .body()
                        .toString())
                .contains("สำนักปลัด", "กองช่าง")
                .doesNotContain("กองคลัง");
    }

    @Test
    void analyticsAcceptsTheScoresOfATenantOnboardedAMomentAgo() throws Exception {
        String admin = token("admin");
        String code = "rw-" + RUN + "-scores";
        assertThat(call(
                                "POST",
                                "/api/tenants",
                                admin,
                                Map.of(
                                        "code",
                                        code,
                                        "nameTh",
                                        "เทศบาลตำบลคะแนน",
                                        "nameEn",
                                        code,
                                        "type",
                                        "SUBDISTRICT_MUNICIPALITY",
                                        "province",
                                        "23"))
                        .status())
                .isEqualTo(201);
        Map<String, Object> indicators = new LinkedHashMap<>();
        for (int i = 1; i <= 10; i++) {
            indicators.put(String.valueOf(i), 80 + i);
        }
        Answer stored =
                call("PUT", "/t/" + code + "/api/fiscal-years/2567/scores", admin, Map.of("indicators", indicators));
        assertThat(stored.status()).as(String.valueOf(stored.body())).isEqualTo(200);
        String overall = stored.body().get("overall").asString();
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    Answer card = call("GET", "/api/analytics/scorecards/" + code + "/2567", admin, null);
                    return card.status() == 200
                            && overall.equals(card.body().get("overall").asString());
                });
    }

    private static Answer department(String code, String token, String name) throws Exception {
        return call("POST", "/t/" + code + "/api/departments", token, Map.of("name", name));
    }

    private static String token(String username) throws Exception {
        Answer answer = call("POST", "/api/auth/token", null, Map.of("username", username, "password", "demo"));
        assertThat(answer.status()).as("sign-in of " + username).isEqualTo(200);
        return answer.body().get("access_token").asString();
    }

    private static Answer call(String method, String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.gateway() + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("content-type", "application/json");
        }
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        return new Answer(response.statusCode(), text == null || text.isBlank() ? null : JSON.readTree(text));
    }
}
