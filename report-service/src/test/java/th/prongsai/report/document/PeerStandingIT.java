package th.prongsai.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;

/**
 * The peer standing is asked from analytics after the report's data was read and its transaction closed:
 * {@link PeerStanding} refuses to be asked inside a transaction, so a draft that shows the section proves it.
 */
class PeerStandingIT extends ReportIntegrationTest {

    private static final AtomicInteger ASKED = new AtomicInteger();
    private static final HttpServer ANALYTICS = analytics();

    @DynamicPropertySource
    static void analyticsUrl(DynamicPropertyRegistry registry) {
        registry.add(
                "ita.report.analytics-url",
                () -> "http://127.0.0.1:" + ANALYTICS.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        ANALYTICS.stop(0);
    }

    @Test
    void aDraftShowsThePeerStandingAskedOutsideItsTransaction() {
        String code = provisioned("peers", "80");
        int before = ASKED.get();

        HttpResponse<byte[]> html = api.bytes(
                code,
                "/api/fiscal-years/2567/report?format=html&template=tha-phae-2567" + "&digits=arabic",
                TestTokens.officer(code));

        assertThat(html.statusCode())
                .as(new String(html.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(new String(html.body(), StandardCharsets.UTF_8).replace("\u200B", ""))
                .contains("ผลการประเมินเทียบกับหน่วยงานอื่น", "คะแนนรวม 68.51 คะแนน", "อันดับที่ 3 จาก 20 แห่ง");
        assertThat(ASKED.get()).isEqualTo(before + 1);
    }

    private static HttpServer analytics() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/analytics/scorecards/", exchange -> {
                ASKED.incrementAndGet();
                byte[] body = ("{\"overall\": 68.50, \"publishedOverall\": 68.51, \"ranks\": {\"province\": "
                                + "{\"rank\": 3, \"of\": 20, \"percentile\": 85.00}}}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
