package th.prongsai.report.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The peer section quotes the published overall when analytics has one (issue 15 item 5). */
class PeerStandingTest {

    private HttpServer analytics;
    private List<String> lines;

    @AfterEach
    void stop() {
        SecurityContextHolder.clearContext();
        if (analytics != null) {
            analytics.stop(0);
        }
    }

    @Test
    void quotesThePublishedOverallAndTheComputedOneOnlyWithoutIt() throws Exception {
        assertThat(firstLine("68.51")).isEqualTo("คะแนนรวม 68.51 คะแนน");
        assertThat(lines.get(1)).isEqualTo("ในจังหวัด: อันดับที่ 3 จาก 20 แห่ง (สูงกว่าร้อยละ 85.00 ของหน่วยงาน)");
        // two decimals kept, as every score in the report (a double would print 68.5)
        assertThat(firstLine(null)).isEqualTo("คะแนนรวม 68.50 คะแนน");
    }

    @Test
    void isNeverAskedInsideATransaction() {
        PeerStanding peers = new PeerStanding("http://127.0.0.1:9");
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            assertThatThrownBy(() -> peers.section("thaphae", 2567))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("remote call");
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
    }

    private String firstLine(String published) throws Exception {
        if (analytics != null) {
            analytics.stop(0);
        }
        String body = "{\"overall\": 68.50, \"publishedOverall\": " + (published == null ? "null" : published)
                + ", \"ranks\": {\"province\": {\"rank\": 3, \"of\": 20, \"percentile\": 85.00}}}";
        analytics = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        analytics.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        analytics.start();
        Jwt jwt = Jwt.withTokenValue("t")
                .header("alg", "none")
                .subject("clerk")
                .issuedAt(Instant.EPOCH)
                .expiresAt(Instant.EPOCH.plusSeconds(60))
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
        PeerStanding peers =
                new PeerStanding("http://127.0.0.1:" + analytics.getAddress().getPort());
        lines = peers.section("thaphae", 2567).orElseThrow().paragraphs();
        return lines.getFirst();
    }
}
