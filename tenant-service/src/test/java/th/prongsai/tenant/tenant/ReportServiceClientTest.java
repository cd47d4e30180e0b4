package th.prongsai.tenant.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.ServerSocket;
import java.time.Duration;
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
                () -> client.provisionSchema(TenantCode.of("trat"), "23", "เทศบาลเมืองตราด"));

        assertThat(failure.unreachable()).isTrue();
        assertThat(failure.getMessage()).startsWith("report-service unreachable");
    }
}
