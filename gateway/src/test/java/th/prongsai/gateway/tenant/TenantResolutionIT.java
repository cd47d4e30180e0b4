package th.prongsai.gateway.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import th.prongsai.gateway.support.GatewayIT;
import th.prongsai.platform.web.Problems;
import th.prongsai.tenancy.TenantRefusal;

/** Which tenant a request is for (path or host), and the tenants and paths refused before a service is asked. */
class TenantResolutionIT extends GatewayIT {

    @Test
    void unknownTenantIs404BeforeTheTokenMatters() {
        String unknown = "nowhere-" + RUN;
        for (String token : new String[] {null, TOKENS.nationalAdmin(), "garbage"}) {
            var request = client.get().uri("/t/" + unknown + "/api/departments");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            request.exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo(404)
                    .jsonPath("$.type")
                    .isEqualTo(Problems.TYPE_BASE + TenantRefusal.UNKNOWN_TENANT.slug())
                    .jsonPath("$.title")
                    .isEqualTo(TenantRefusal.UNKNOWN_TENANT.title())
                    .jsonPath("$.detail")
                    .isEqualTo(TenantRefusal.UNKNOWN_TENANT.detail(unknown));
        }
        client.get()
                .uri("/public/" + unknown + "/reports")
                .exchange()
                .expectStatus()
                .isNotFound();
        assertThat(REPORT_SERVICE.seen()).isEmpty();
    }

    @Test
    void suspendedTenantIs403AndArchivedIs404() {
        for (String token : new String[] {null, TOKENS.nationalAdmin()}) {
            var request = client.get().uri("/t/" + SUSPENDED + "/api/departments");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            request.exchange()
                    .expectStatus()
                    .isForbidden()
                    .expectBody()
                    .jsonPath("$.title")
                    .isEqualTo("Tenant suspended")
                    .jsonPath("$.type")
                    .isEqualTo(Problems.TYPE_BASE + TenantRefusal.TENANT_SUSPENDED.slug())
                    .jsonPath("$.detail")
                    .isEqualTo(TenantRefusal.TENANT_SUSPENDED.detail(SUSPENDED));
        }
        client.get()
                .uri("/t/" + ARCHIVED + "/api/departments")
                .header("Authorization", "Bearer " + TOKENS.nationalAdmin())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo(TenantRefusal.UNKNOWN_TENANT.detail(ARCHIVED));
        assertThat(REPORT_SERVICE.seen()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "TRAT",
                "trat;drop",
                "..",
                "%2E%2E",
                "trat%3Bdrop",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "%E0%B8%95%E0%B8%A3%E0%B8%B2%E0%B8%94",
                "t",
                "1trat",
                "trat_x"
            })
    void badTenantCodesAre400(String code) {
        for (String prefix : List.of("/t/", "/public/")) {
            client.get()
                    .uri(URI.create("http://127.0.0.1:" + port + prefix + code + "/api/departments"))
                    .header("Authorization", "Bearer " + TOKENS.nationalAdmin())
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo(400);
        }
        assertThat(REPORT_SERVICE.seen()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/t/%s/../../internal/tenants/%s/schema",
                "/t/%s/..%%2F..%%2Finternal/tenants/%s/schema",
                "/api/auth/../../internal/tenants/%s/%s",
                "/public/%s/%%2e%%2e/%%2e%%2e/internal/%s"
            })
    void pathTraversalNeverReachesAService(String template) {
        String path = template.formatted(TRAT, TRAT);
        client.put()
                .uri(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TOKENS.nationalAdmin())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(REPORT_SERVICE.seen()).isEmpty();
        assertThat(TENANT_SERVICE.seen()).isEmpty();
    }

    @Test
    void suspensionEventRefusesTheNextRequest() {
        String officer = TOKENS.municipal("MUNICIPAL_OFFICER", FRESH);
        client.get()
                .uri("/t/" + FRESH + "/api/departments")
                .header("Authorization", "Bearer " + officer)
                .exchange()
                .expectStatus()
                .isOk();

        publish(FRESH, "23", "SUSPENDED", true);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> client.get()
                        .uri("/t/" + FRESH + "/api/departments")
                        .header("Authorization", "Bearer " + officer)
                        .exchange()
                        .expectStatus()
                        .isForbidden());

        publish(FRESH, "23", "ACTIVE", true);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> client.get()
                        .uri("/t/" + FRESH + "/api/departments")
                        .header("Authorization", "Bearer " + officer)
                        .exchange()
                        .expectStatus()
                        .isOk());
    }

    @Test
    void aTenantOnlyInTheRegistryHashIsFoundOnMiss() {
        String admin = TOKENS.nationalAdmin();
        client.get()
                .uri("/t/" + LATE + "/api/departments")
                .header("Authorization", "Bearer " + admin)
                .exchange()
                .expectStatus()
                .isNotFound();

        publish(LATE, "23", "ACTIVE", false);
        // the "unknown" answer is remembered only briefly (200 ms in this test)
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> client.get()
                        .uri("/t/" + LATE + "/api/departments")
                        .header("Authorization", "Bearer " + admin)
                        .exchange()
                        .expectStatus()
                        .isOk());
    }

    @Test
    void clientTenantHeaderIsReplacedOnTenantRoutesAndRemovedElsewhere() {
        client.get()
                .uri("/t/" + TRAT + "/api/departments")
                .header("Authorization", "Bearer " + TOKENS.nationalAdmin())
                .header("X-Tenant-Id", TRANG, "evil")
                .header("x-tenant-id", "evil-too")
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(REPORT_SERVICE.last().tenantHeader()).containsExactly(TRAT);

        client.get()
                .uri("/api/tenants")
                .header("Authorization", "Bearer " + TOKENS.nationalAdmin())
                .header("X-Tenant-Id", TRANG)
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(TENANT_SERVICE.last().tenantHeader()).isEmpty();
        assertThat(TENANT_SERVICE.last().authorization()).startsWith("Bearer ");
    }

    @Test
    void hostNamesTheTenant() {
        String officer = TOKENS.municipal("MUNICIPAL_OFFICER", TRAT);
        client.get()
                .uri("/api/fiscal-years/2568/measures")
                .header("Host", TRAT + ".localhost:" + port)
                .header("Authorization", "Bearer " + officer)
                .header("X-Tenant-Id", TRANG)
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(REPORT_SERVICE.last().rawPath()).isEqualTo("/t/" + TRAT + "/api/fiscal-years/2568/measures");
        assertThat(REPORT_SERVICE.last().tenantHeader()).containsExactly(TRAT);
        assertThat(REPORT_SERVICE.last().proof()).containsExactly(PROOF.of(TRAT, officer));

        // platform paths stay platform paths on a tenant's host
        client.get()
                .uri("/api/tenants")
                .header("Host", TRAT + ".localhost")
                .header("Authorization", "Bearer " + officer)
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(TENANT_SERVICE.last().rawPath()).isEqualTo("/api/tenants");
        assertThat(TENANT_SERVICE.last().tenantHeader()).isEmpty();

        client.get()
                .uri("/api/departments")
                .header("Host", TRANG + ".localhost")
                .header("Authorization", "Bearer " + officer)
                .exchange()
                .expectStatus()
                .isForbidden();
        client.get()
                .uri("/api/departments")
                .header("Host", "nowhere-" + RUN + ".localhost")
                .header("Authorization", "Bearer " + officer)
                .exchange()
                .expectStatus()
                .isNotFound();
        client.get()
                .uri("/api/departments")
                .header("Host", "x_y.localhost")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(Problems.TYPE_BASE + TenantRefusal.INVALID_TENANT_CODE.slug())
                .jsonPath("$.detail")
                .isEqualTo(TenantRefusal.INVALID_TENANT_CODE.detail());
        assertThat(REPORT_SERVICE.seen()).hasSize(1);
    }

    @Test
    void internalPathsAndUnknownPathsAre404Problems() {
        for (String path : List.of("/internal/tenants/" + TRAT + "/schema", "/internal", "/nothing/here")) {
            client.put()
                    .uri(path)
                    .header("Authorization", "Bearer " + TOKENS.nationalAdmin())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo(404);
        }
        assertThat(TENANT_SERVICE.seen()).isEmpty();
        assertThat(REPORT_SERVICE.seen()).isEmpty();
    }
}
