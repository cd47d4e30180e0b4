package th.prongsai.gateway.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import th.prongsai.gateway.support.GatewayIT;

/** After a Redis answer a request goes on on its own event loop; a keep-alive connection answers every request. */
class RequestEventLoopIT extends GatewayIT {

    @Test
    void afterRedisAnswersARequestGoesOnOnItsOwnEventLoop() {
        // the rate limiter asks Redis; Lettuce answers on its own thread, which must not carry the request on
        String path = "/t/" + TRAT + "/api/departments/thread-check";
        client.get()
                .uri(path)
                .header("Authorization", "Bearer " + TOKENS.nationalAdmin())
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .exists("X-RateLimit-Remaining");
        assertThat(ROUTE_THREAD.get(path)).isEqualTo(ENTRY_THREAD.get(path)).doesNotContain("lettuce");
    }

    @Test
    void aKeepAliveConnectionAnswersEveryRequestAfterARedisLookup() throws Exception {
        // the known issue's sequence: a lookup in Redis, then two answers from memory, on one connection
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            var in = new BufferedInputStream(socket.getInputStream());
            for (int round = 0; round < 40; round++) {
                String path = "/t/kept-" + round + "-" + RUN + "/api/departments";
                for (String token : new String[] {null, TOKENS.nationalAdmin(), "garbage"}) {
                    String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n";
                    socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    assertThat(readResponseStatus(in))
                            .as("round %d, token %s", round, token)
                            .isEqualTo(404);
                }
            }
        }
    }

    /** Reads one response with a Content-Length body from a keep-alive connection; its status. */
    private static int readResponseStatus(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed after " + head);
            }
            head.append((char) b);
        }
        long length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Long.parseLong(line.substring(15).trim());
            }
        }
        in.readNBytes((int) length);
        return Integer.parseInt(head.toString().split(" ")[1]);
    }
}
