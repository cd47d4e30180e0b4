package th.prongsai.report.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;

class OperationalEndpointsIT extends ReportIntegrationTest {

    @Test
    void healthProbesMetricsAndOpenApiAreReachableWithoutToken() {
        assertThat(api.send("GET", "/actuator/health/liveness", null, null, null)
                        .status())
                .isEqualTo(200);
        assertThat(api.send("GET", "/actuator/health/readiness", null, null, null)
                        .status())
                .isEqualTo(200);
        Api.Response metrics = api.send("GET", "/actuator/prometheus", null, null, null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").doesNotContain("tenant=");
        Api.Response openApi = api.send("GET", "/v3/api-docs", null, null, null);
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().get("paths").propertyNames())
                .contains("/t/{code}/api/fiscal-years/{fy}/measures", "/public/{code}/reports/{fy}")
                .as("the services' own operations are not documented")
                .noneMatch(path -> path.startsWith("/internal"));
    }

    @Test
    void anythingElseNeedsAToken() {
        Api.Response response = api.send("GET", "/internal/tenant-schemas", null, null, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
