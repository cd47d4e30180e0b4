package th.prongsai.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.prongsai.gateway.support.GatewayIT;

/** Requests the firewall or Netty refuse before any filter runs still get problem JSON. */
class ProblemsIT extends GatewayIT {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api//tenants",
                "/api/tenants/%%25",
                "/api/tenants/a%%0ab",
                "/t/%s//api/departments",
                "/api/tenants/%%5c",
                "/api/tenants/a%%00"
            })
    void firewallRefusalsAreProblems(String template) {
        HttpAnswer answer = raw("GET " + template.formatted(TRAT) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + TOKENS.nationalAdmin() + "\r\nConnection: close\r\n\r\n");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertProblem(answer, 400);
        assertThat(REPORT_SERVICE.seen()).isEmpty();
        assertThat(TENANT_SERVICE.seen()).isEmpty();
    }

    @Test
    void aBackslashInThePathIsAProblem() {
        HttpAnswer answer = raw("GET /api/tenants\\x HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertProblem(answer, 400);
        assertProblem(raw("GET /api/tenants HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n"), 400);
        assertThat(TENANT_SERVICE.seen()).isEmpty();
    }

    @Test
    void requestsNettyCannotDecodeAreProblemsToo() {
        assertProblem(
                raw("GET /api/tenants HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n"), 431);
        assertProblem(raw("GET /api/" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), 414);
        assertProblem(raw("NOT A REQUEST\r\n\r\n"), 400);
        assertThat(TENANT_SERVICE.seen()).isEmpty();
    }
}
