package th.prongsai.gateway.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;
import th.prongsai.gateway.support.GatewayIT;
import th.prongsai.gateway.support.StubService;
import th.prongsai.tenancy.guard.GatewayProof;

/** What a forwarded request carries and may weigh, the API docs through the gateway, and failed forwarding. */
class ForwardingIT extends GatewayIT {

    @Test
    void tenantRequestsCarryTheGatewaysProofAndAClientsProofIsNeverForwarded() {
        String officer = TOKENS.municipal("MUNICIPAL_OFFICER", TRAT);
        client.get()
                .uri("/t/" + TRAT + "/api/departments")
                .header("Authorization", "Bearer " + officer)
                .header(GatewayProof.HEADER, "forged", PROOF.of(TRANG, officer))
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(REPORT_SERVICE.last().proof()).containsExactly(PROOF.of(TRAT, officer));

        client.get()
                .uri("/api/tenants")
                .header("Authorization", "Bearer " + officer)
                .header(GatewayProof.HEADER, PROOF.of(TRAT, officer))
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(TENANT_SERVICE.last().proof()).isEmpty();
        client.get()
                .uri("/public/" + TRAT + "/reports")
                .header(GatewayProof.HEADER, PROOF.of(TRAT, "x"))
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(REPORT_SERVICE.last().proof()).isEmpty();
    }

    @Test
    void bodiesOverTheRoutesLimitAre413ProblemsAndNeverReachTheService() {
        String admin = TOKENS.nationalAdmin();
        client.post()
                .uri("/api/tenants")
                .header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[1024 * 1024 + 1])
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://prongsai.th/problems/payload-too-large");
        // a chunked body declares no length: it is counted as it streams
        Flux<DataBuffer> chunks =
                Flux.range(0, 40).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[64 * 1024]));
        client.put()
                .uri("/t/" + TRAT + "/api/fiscal-years/2568/scores")
                .header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromDataBuffers(chunks))
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(TENANT_SERVICE.seen()).isEmpty();
        assertThat(REPORT_SERVICE.seen()).isEmpty();

        // uploads and imports allow what their service accepts
        String attachments = "/t/" + TRAT + "/api/fiscal-years/2568/measures/7/attachments";
        client.post()
                .uri(attachments)
                .header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[2 * 1024 * 1024])
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(REPORT_SERVICE.last().bodyBytes()).isEqualTo(2 * 1024 * 1024);
        client.post()
                .uri(attachments)
                .header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[3 * 1024 * 1024 + 1])
                .exchange()
                .expectStatus()
                .isEqualTo(413);
        client.post()
                .uri("/api/onboarding-jobs")
                .header("Authorization", "Bearer " + admin)
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue(new byte[5 * 1024 * 1024])
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(REPORT_SERVICE.seen()).hasSize(1);
    }

    @Test
    void downstreamDownIs503AndSlowIs504() {
        String admin = TOKENS.nationalAdmin();
        ANALYTICS_SERVICE.stop();
        try {
            client.get()
                    .uri("/api/analytics/tenants")
                    .header("Authorization", "Bearer " + admin)
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503)
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo(503);
        } finally {
            ANALYTICS_SERVICE.start();
        }
        CountDownLatch slow = REPORT_SERVICE.holdSlowRequests();
        try {
            client.get()
                    .uri("/t/" + TRAT + "/api/slow")
                    .header("Authorization", "Bearer " + admin)
                    .exchange()
                    .expectStatus()
                    .isEqualTo(504)
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo(504);
        } finally {
            slow.countDown();
        }
    }

    @Test
    void theGatewaysOwnErrorsAreProblemsAndTheServicesPassThroughUnchanged() {
        client.post()
                .uri("/gateway/v3/api-docs")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isEqualTo(405)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://prongsai.th/problems/method-not-allowed");
        client.get()
                .uri("/nothing/here")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody(String.class)
                .value(body -> assertThat(body)
                        .contains("\"type\":\"https://prongsai.th/problems/not-found\"")
                        .doesNotContain("static resource"));

        String problem =
                "{\"type\":\"https://prongsai.th/problems/unsupported-media-type\",\"title\":\"Unsupported Media Type\","
                        + "\"status\":415,\"detail\":\"x\"}";
        TENANT_SERVICE.serve("/api/tenants/odd", new StubService.Answer(415, "application/problem+json", problem));
        client.post()
                .uri("/api/tenants/odd")
                .header("Authorization", "Bearer " + TOKENS.nationalAdmin())
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("x")
                .exchange()
                .expectStatus()
                .isEqualTo(415)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class)
                .isEqualTo(problem);
    }

    @Test
    void methodOnAnUnroutedPathIsAProblemNotAStackTrace() {
        // "/" and the other page paths belong to the web; this one has no route at all
        client.method(HttpMethod.DELETE)
                .uri("/no-such-route")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void openApiOfEachServiceIsReachableThroughTheGateway() {
        TENANT_SERVICE.serve("/v3/api-docs", "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"tenant-service\"}}");
        REPORT_SERVICE.serve("/v3/api-docs", "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"report-service\"}}");
        ANALYTICS_SERVICE.serve("/v3/api-docs", "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"analytics-service\"}}");
        for (String service : List.of("tenant", "report", "analytics")) {
            client.get()
                    .uri("/v3/api-docs/" + service)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.info.title")
                    .isEqualTo(service + "-service");
        }
        client.get()
                .uri("/gateway/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body)
                        .contains("/v3/api-docs/tenant", "/v3/api-docs/report", "/v3/api-docs/analytics"));
    }

    @Test
    void theServicesOpenApiThroughTheGatewayNeverListsInternalPaths() {
        REPORT_SERVICE.serve(
                "/v3/api-docs",
                "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"report-service\"},\"paths\":{"
                        + "\"/internal/tenants/{code}/schema\":{\"put\":{}},\"/internal\":{\"get\":{}},"
                        + "\"/t/{code}/api/departments\":{\"get\":{\"description\":\"" + "x".repeat(600_000) + "\"}},"
                        + "\"/internalish\":{\"get\":{}}}}");
        WebTestClient large = client.mutate()
                .codecs(c -> c.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
                .build();
        large.get()
                .uri("/v3/api-docs/report")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/internal/tenants/{code}/schema']")
                .doesNotExist()
                .jsonPath("$.paths['/internal']")
                .doesNotExist()
                .jsonPath("$.paths['/t/{code}/api/departments']")
                .exists()
                .jsonPath("$.paths['/internalish']")
                .exists()
                .jsonPath("$.info.title")
                .isEqualTo("report-service");
    }
}
