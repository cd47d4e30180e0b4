package th.prongsai.tenant.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenant.tokens.TokenIssuer;
import tools.jackson.databind.json.JsonMapper;

class ReportServiceClientTest {

    @Test
    void noAnswerIsReportedAsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TokenIssuer tokens = mock(TokenIssuer.class);
        when(tokens.serviceToken("tenant-service")).thenReturn("token");
        var client = new ReportServiceClient(
                RestClient.builder(),
                new ReportServiceProperties(
                        "http://127.0.0.1:" + closedPort, Duration.ofMillis(500), Duration.ofSeconds(1)),
                tokens,
                JsonMapper.shared());

        var failure = catchThrowableOfType(
                ReportServiceClient.ProvisioningFailed.class,
                () -> client.provisionSchema(TenantCode.of("trat"), "23", "เทศบาลเมืองตราด", null));

        assertThat(failure.unreachable()).isTrue();
        assertThat(failure.getMessage()).startsWith("report-service unreachable");
    }

    /** The registry's website goes with the province and name, so the OIT link checker knows the main website. */
    @Test
    void theProvisioningCallCarriesTheWebsiteWhenThereIsOne() throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/internal/tenants/", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"code\":\"trat\",\"schema\":\"t_trat\",\"changelogVersion\":\"x\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        try {
            TokenIssuer tokens = mock(TokenIssuer.class);
            when(tokens.serviceToken("tenant-service")).thenReturn("token");
            var client = new ReportServiceClient(
                    RestClient.builder(),
                    new ReportServiceProperties(
                            "http://127.0.0.1:" + server.getAddress().getPort(),
                            Duration.ofSeconds(1),
                            Duration.ofSeconds(2)),
                    tokens,
                    JsonMapper.shared());

            client.provisionSchema(TenantCode.of("trat"), "23", "เทศบาลเมืองตราด", "https://www.trat.go.th");
            client.provisionSchema(TenantCode.of("trat"), "23", "เทศบาลเมืองตราด", null);

            JsonMapper json = JsonMapper.shared();
            assertThat(json.readTree(bodies.get(0)).get("website").asString()).isEqualTo("https://www.trat.go.th");
            assertThat(json.readTree(bodies.get(0)).get("province").asString()).isEqualTo("23");
            assertThat(json.readTree(bodies.get(1)).has("website")).isFalse();
        } finally {
            server.stop(0);
        }
    }
}
