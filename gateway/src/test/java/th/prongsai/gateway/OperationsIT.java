package th.prongsai.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.prongsai.gateway.support.GatewayIT;

/** Health on the public port, metrics on the management port only, and no metric that names a tenant. */
class OperationsIT extends GatewayIT {

    @Test
    void healthIsUpAndNoMetricCarriesATenant() {
        client.get().uri("/readyz").exchange().expectStatus().isOk();
        client.get()
                .uri("/t/" + TRAT + "/api/departments")
                .header("Authorization", "Bearer " + TOKENS.nationalAdmin())
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(meters.get("gateway.tenant.cache.size").gauge().value()).isGreaterThanOrEqualTo(6);
        meters.getMeters()
                .forEach(meter -> meter.getId()
                        .getTags()
                        .forEach(tag -> assertThat(tag.getValue())
                                .as(meter.getId().getName())
                                .doesNotContain(RUN)));
    }

    @Test
    void metricsAreOnTheManagementPortOnlyAndThePublicPortHasHealth() {
        for (String path : List.of("/actuator/prometheus", "/actuator/health", "/actuator", "/actuator/info")) {
            client.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        client.get().uri("/readyz").exchange().expectStatus().isOk();
        client.get().uri("/livez").exchange().expectStatus().isOk();
        WebTestClient management = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + managementPort)
                .build();
        management
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("gateway_tenant_cache_size"));
        management
                .get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk();
    }
}
