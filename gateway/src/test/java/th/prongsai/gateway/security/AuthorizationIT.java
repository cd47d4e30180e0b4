package th.prongsai.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import th.prongsai.gateway.support.GatewayIT;
import th.prongsai.gateway.support.StubService;
import th.prongsai.platform.web.Problems;
import th.prongsai.tenancy.TenantRefusal;

/** Who may call what through the gateway: every role against every route group, and the tokens it refuses. */
class AuthorizationIT extends GatewayIT {

    enum Who {
        NATIONAL_ADMIN,
        PROVINCIAL_SAME,
        PROVINCIAL_OTHER,
        OFFICER_OWN,
        ADMIN_OWN,
        OFFICER_OTHER,
        ADMIN_OTHER,
        NO_TOKEN
    }

    enum Group {
        TENANT_READ,
        TENANT_WRITE,
        REGISTRY_READ,
        REGISTRY_CREATE,
        LIFECYCLE,
        ANALYTICS,
        PUBLIC,
        AUTH,
        FRAMEWORK_READ,
        FRAMEWORK_WRITE,
        BULK_ONBOARDING
    }

    static String token(Who who) {
        return switch (who) {
            case NATIONAL_ADMIN -> TOKENS.nationalAdmin();
            case PROVINCIAL_SAME -> TOKENS.provincialOfficer("23");
            case PROVINCIAL_OTHER -> TOKENS.provincialOfficer("92");
            case OFFICER_OWN -> TOKENS.municipal("MUNICIPAL_OFFICER", TRAT);
            case ADMIN_OWN -> TOKENS.municipal("MUNICIPAL_ADMIN", TRAT);
            case OFFICER_OTHER -> TOKENS.municipal("MUNICIPAL_OFFICER", TRANG);
            case ADMIN_OTHER -> TOKENS.municipal("MUNICIPAL_ADMIN", TRANG);
            case NO_TOKEN -> null;
        };
    }

    /** Expected status of every role against every route group (the tenant is trat, province 23). */
    static Stream<Arguments> matrix() {
        Map<Who, int[]> expected = Map.of(
                //                          read write reg  create life analytics public auth fw-read fw-write bulk
                Who.NATIONAL_ADMIN, new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200},
                Who.PROVINCIAL_SAME, new int[] {200, 403, 200, 403, 403, 200, 200, 200, 200, 403, 403},
                Who.PROVINCIAL_OTHER, new int[] {403, 403, 200, 403, 403, 200, 200, 200, 200, 403, 403},
                Who.OFFICER_OWN, new int[] {200, 200, 200, 403, 403, 200, 200, 200, 200, 403, 403},
                Who.ADMIN_OWN, new int[] {200, 200, 200, 403, 403, 200, 200, 200, 200, 403, 403},
                Who.OFFICER_OTHER, new int[] {403, 403, 200, 403, 403, 200, 200, 200, 200, 403, 403},
                Who.ADMIN_OTHER, new int[] {403, 403, 200, 403, 403, 200, 200, 200, 200, 403, 403},
                Who.NO_TOKEN, new int[] {401, 401, 401, 401, 401, 401, 200, 200, 401, 401, 401});
        List<Arguments> cells = new ArrayList<>();
        for (Who who : Who.values()) {
            for (Group group : Group.values()) {
                cells.add(Arguments.of(who, group, expected.get(who)[group.ordinal()]));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @MethodSource("matrix")
    void authorizationMatrix(Who who, Group group, int status) {
        String token = token(who);
        var request = switch (group) {
            case TENANT_READ -> client.get().uri("/t/" + TRAT + "/api/fiscal-years/2568/measures");
            case TENANT_WRITE ->
                client.post()
                        .uri("/t/" + TRAT + "/api/fiscal-years/2568/measures")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{}");
            case REGISTRY_READ -> client.get().uri("/api/tenants");
            case REGISTRY_CREATE ->
                client.post()
                        .uri("/api/tenants")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{}");
            case LIFECYCLE -> client.post().uri("/api/tenants/" + TRAT + "/suspend");
            case ANALYTICS -> client.get().uri("/api/analytics/tenants");
            case PUBLIC -> client.get().uri("/public/" + TRAT + "/reports");
            case AUTH ->
                client.post()
                        .uri("/api/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"username\":\"x\",\"password\":\"y\"}");
            case FRAMEWORK_READ -> client.get().uri("/api/frameworks/2568");
            case FRAMEWORK_WRITE ->
                client.put()
                        .uri("/api/frameworks/2569")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{}");
            case BULK_ONBOARDING -> client.get().uri("/api/onboarding-jobs");
        };
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = request.exchange().expectStatus().isEqualTo(status);
        StubService downstream = switch (group) {
            case TENANT_READ, TENANT_WRITE, PUBLIC, FRAMEWORK_READ, FRAMEWORK_WRITE -> REPORT_SERVICE;
            case ANALYTICS -> ANALYTICS_SERVICE;
            default -> TENANT_SERVICE;
        };
        if (status == 200) {
            assertThat(downstream.seen()).hasSize(1);
        } else {
            var problem = response.expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo(status)
                    .jsonPath("$.title")
                    .exists();
            String refusedOnTrat = switch (who) {
                case PROVINCIAL_SAME -> "Provincial officers may read, not change, a municipality's data";
                default -> "This account may not act on tenant " + TRAT;
            };
            if (status == 401) {
                problem.jsonPath("$.detail").isEqualTo(TenantRefusal.NO_VALID_TOKEN.detail());
            } else if (group == Group.TENANT_READ || group == Group.TENANT_WRITE) {
                // the services' tenant guard words the same refusal the same way
                problem.jsonPath("$.type")
                        .isEqualTo(Problems.TYPE_BASE + TenantRefusal.ACCESS_REFUSED.slug())
                        .jsonPath("$.detail")
                        .isEqualTo(TenantRefusal.ACCESS_REFUSED.detail(TRAT, refusedOnTrat));
            }
            assertThat(downstream.seen()).isEmpty();
        }
    }

    @Test
    void badTokensAre401Problems() {
        for (String token : List.of(TOKENS.expired(), TOKENS.wrongIssuer(), TOKENS.forged(), "not-a-jwt")) {
            client.get()
                    .uri("/t/" + TRAT + "/api/departments")
                    .header("Authorization", "Bearer " + token)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo(401)
                    .jsonPath("$.type")
                    .isEqualTo(Problems.TYPE_BASE + TenantRefusal.NO_VALID_TOKEN.slug())
                    .jsonPath("$.detail")
                    .isEqualTo(TenantRefusal.NO_VALID_TOKEN.detail());
        }
        assertThat(REPORT_SERVICE.seen()).isEmpty();
    }

    @Test
    void tokensMustSayWhenTheyWereIssuedAndExpireWithinTwelveHours() {
        Instant now = Instant.now();
        Map<String, String> refused = Map.of(
                "no exp", TOKENS.withTimes(now, null),
                "no iat", TOKENS.withTimes(null, now.plusSeconds(600)),
                "13 h", TOKENS.withTimes(now, now.plus(Duration.ofHours(13))),
                "issued in 5 min", TOKENS.withTimes(now.plusSeconds(300), now.plusSeconds(900)),
                "expired 45 s ago (skew is 30 s)", TOKENS.withTimes(now.minusSeconds(900), now.minusSeconds(45)));
        refused.forEach((why, token) -> client.get()
                .uri("/t/" + TRAT + "/api/departments")
                .header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus()
                .value(status -> assertThat(status).as(why).isEqualTo(401))
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(REPORT_SERVICE.seen()).isEmpty();

        for (String token : List.of(
                TOKENS.withTimes(now, now.plus(Duration.ofHours(12))),
                TOKENS.withTimes(now.minusSeconds(900), now.minusSeconds(10)))) {
            client.get()
                    .uri("/t/" + TRAT + "/api/departments")
                    .header("Authorization", "Bearer " + token)
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
    }
}
