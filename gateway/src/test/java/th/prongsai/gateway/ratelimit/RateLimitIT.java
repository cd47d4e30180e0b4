package th.prongsai.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import th.prongsai.gateway.support.GatewayIT;
import th.prongsai.tenancy.TenantRefusal;

/** Per-tenant token buckets, and a Redis outage the limiter survives by failing open. */
class RateLimitIT extends GatewayIT {

    @Test
    void tenantRateLimitAnswers429WithRetryAfter() {
        String admin = TOKENS.nationalAdmin();
        List<Integer> statuses = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 6; i++) {
            var result = client.get()
                    .uri("/t/" + BUSY + "/api/departments")
                    .header("Authorization", "Bearer " + admin)
                    .exchange()
                    .expectBody()
                    .returnResult();
            statuses.add(result.getStatus().value());
            assertThat(result.getResponseHeaders().getFirst("X-RateLimit-Burst-Capacity"))
                    .isEqualTo("2");
            if (result.getStatus().value() == 429) {
                retryAfter = result.getResponseHeaders().getFirst("Retry-After");
                assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            }
        }
        assertThat(statuses.getFirst()).isEqualTo(200);
        assertThat(statuses).contains(429);
        assertThat(retryAfter).isNotNull();
        assertThat(Integer.parseInt(retryAfter)).isPositive();
        // another tenant has its own bucket
        client.get()
                .uri("/t/" + TRAT + "/api/departments")
                .header("Authorization", "Bearer " + admin)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void redisOutageFailsOpenAndTheRegistryRecovers() {
        String officer = TOKENS.municipal("MUNICIPAL_OFFICER", OUTAGE);
        double failuresBefore =
                meters.get("gateway.ratelimit.redis.failures").counter().count();
        proxy.down();
        try {
            for (int i = 0; i < 3; i++) {
                client.get()
                        .uri("/t/" + OUTAGE + "/api/departments")
                        .header("Authorization", "Bearer " + officer)
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectHeader()
                        .doesNotExist("X-RateLimit-Remaining");
            }
            assertThat(meters.get("gateway.ratelimit.redis.failures").counter().count())
                    .isGreaterThanOrEqualTo(failuresBefore + 3);
            // a tenant never seen cannot be checked without Redis: refused as unavailable, not let through
            client.get()
                    .uri("/t/never-" + RUN + "/api/departments")
                    .header("Authorization", "Bearer " + officer)
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503)
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.detail")
                    .isEqualTo(TenantRefusal.REGISTRY_UNAVAILABLE.detail());
            // the suspension happens while the gateway cannot see Redis
            publish(OUTAGE, "23", "SUSPENDED", true);
        } finally {
            proxy.up();
        }
        // waits for the reconnect, but every request must be answered: a timeout fails the test
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> client.get()
                        .uri("/t/" + OUTAGE + "/api/departments")
                        .header("Authorization", "Bearer " + officer)
                        .exchange()
                        .expectStatus()
                        .isForbidden());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> client.get()
                        .uri("/t/" + TRAT + "/api/departments")
                        .header("Authorization", "Bearer " + TOKENS.nationalAdmin())
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectHeader()
                        .exists("X-RateLimit-Remaining"));
        // the requests that once went unanswered right after the reconnect (docs/known-issues.md, fixed)
        for (String token : new String[] {null, TOKENS.nationalAdmin(), "garbage"}) {
            var request = client.get().uri("/t/after-outage-" + RUN + "/api/departments");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            request.exchange().expectStatus().isNotFound();
        }
        assertThat(REPORT_SERVICE.seen()).hasSizeGreaterThanOrEqualTo(4);
    }
}
