package th.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The shared input rules in a real Tomcat, as a client's bytes arrive: malformed multipart, strict UTF-8, body
 * limits, coercion, and Spring's own refusals all answer with the platform's problem, and the handler never runs.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = StrictInputOverHttpTest.App.class,
        properties = {
            "ita.http.max-body=4KB",
            "spring.servlet.multipart.max-file-size=8KB",
            "spring.servlet.multipart.max-request-size=8KB"
        })
class StrictInputOverHttpTest {

    enum Kind {
        TOWN_MUNICIPALITY,
        PAO
    }

    record Onboarding(String code, String nameTh, Kind type, Integer number) {}

    @SpringBootConfiguration
    @ImportAutoConfiguration({
        org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
        org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
        org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
        org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration.class,
        org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration.class,
        org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
        org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration.class,
        PlatformWebAutoConfiguration.class
    })
    @org.springframework.context.annotation.Import(Probe.class)
    static class App {}

    /** What reached a handler: nothing of a refused request may. */
    static final List<String> HANDLED = new CopyOnWriteArrayList<>();

    @RestController
    static class Probe {

        @PostMapping("/tenants")
        String onboard(@RequestBody Onboarding body) {
            HANDLED.add("onboard " + body);
            return "ok";
        }

        @PostMapping("/attachments")
        String upload(@RequestPart("file") MultipartFile file) {
            HANDLED.add("upload " + file.getOriginalFilename());
            return "ok";
        }
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void clear() {
        HANDLED.clear();
    }

    @Test
    void aWellFormedRequestReachesItsHandler() throws IOException {
        Answer answer = send(
                "POST",
                "/tenants",
                "application/json",
                "{\"code\":\"trat\",\"nameTh\":\"เทศบาลเมืองตราด\",\"type\":\"TOWN_MUNICIPALITY\",\"number\":1}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(HANDLED).hasSize(1);
    }

    @Test
    void malformedMultipartIs400() throws IOException {
        String part = "--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 data";
        for (String[] c : List.of(
                new String[] {"multipart/form-data", part + "\r\n--b1--\r\n"},
                new String[] {"multipart/form-data; boundary=", part + "\r\n--b1--\r\n"},
                new String[] {"multipart/form-data; boundary=b1", part})) {
            Answer answer = send("POST", "/attachments", c[0], c[1].getBytes(StandardCharsets.UTF_8));
            assertThat(answer.status()).as(c[0]).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).contains("https://prongsai.th/problems/");
        }
        assertThat(HANDLED).isEmpty();
    }

    @Test
    void aFileOverTheUploadLimitIs413() throws IOException {
        String body = "--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n"
                + "x".repeat(20_000) + "\r\n--b1--\r\n";
        Answer answer =
                send("POST", "/attachments", "multipart/form-data; boundary=b1", body.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("https://prongsai.th/problems/payload-too-large");
        assertThat(HANDLED).isEmpty();
    }

    @Test
    void overlongUtf8AndOversizedJsonAreRefusedBeforeTheHandler() throws IOException {
        byte[] overlong = "{\"code\":\"..\u0000AF\",\"nameTh\":\"x\"}".getBytes(StandardCharsets.ISO_8859_1);
        overlong[11] = (byte) 0xC0;
        overlong[12] = (byte) 0xAF;
        Answer bad = send("POST", "/tenants", "application/json", overlong);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("https://prongsai.th/problems/invalid-encoding");

        Answer big = send(
                "POST",
                "/tenants",
                "application/json",
                ("{\"code\":\"trat\",\"nameTh\":\"" + "ก".repeat(3000) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.body()).contains("https://prongsai.th/problems/payload-too-large");
        assertThat(HANDLED).isEmpty();
    }

    @Test
    void coercionAndBadTextNameTheField() throws IOException {
        for (String[] c : List.of(
                new String[] {"{\"code\":\"x\",\"type\":0}", "type"},
                new String[] {"{\"code\":\"x\",\"number\":1.5}", "number"},
                new String[] {"{\"code\":5}", "code"},
                new String[] {"{\"code\":\"x\",\"nameTh\":\"\\u0007\"}", "nameTh"},
                new String[] {"{\"code\":\"x\",\"nameTh\":\"\\ud800\"}", "nameTh"})) {
            Answer answer = send("POST", "/tenants", "application/json", c[0].getBytes(StandardCharsets.UTF_8));
            assertThat(answer.status()).as(c[0]).isEqualTo(400);
            assertThat(answer.body())
                    .as(c[0])
                    .contains("\"field\":\"" + c[1] + "\"")
                    .contains("https://prongsai.th/problems/validation");
        }
        assertThat(HANDLED).isEmpty();
    }

    @Test
    void springsOwnRefusalsAreProblems() throws IOException {
        Answer wrongType = send("POST", "/tenants", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.body()).contains("https://prongsai.th/problems/unsupported-media-type");
        Answer wrongMethod = send("DELETE", "/tenants", null, new byte[0]);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("https://prongsai.th/problems/method-not-allowed");
        Answer unknown = send("GET", "/no/such/thing", null, new byte[0]);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body())
                .contains("https://prongsai.th/problems/not-found")
                .doesNotContain("static resource");
        for (String path : List.of("/tenants/%00", "/a/..%2f..%2fetc")) {
            Answer tomcat = send("GET", path, null, new byte[0]);
            assertThat(tomcat.status()).as(path).isEqualTo(400);
            assertThat(tomcat.contentType()).as(path).startsWith("application/problem+json");
            assertThat(tomcat.body()).as(path).contains("https://prongsai.th/problems/");
        }
        Answer noPart = send(
                "POST",
                "/attachments",
                "multipart/form-data; boundary=b1",
                "--b1\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b1--\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(noPart.status()).isEqualTo(400);
        assertThat(noPart.body()).contains("\"field\":\"file\"");
        assertThat(HANDLED).isEmpty();
    }

    record Answer(int status, String contentType, String body) {}

    /** A raw HTTP/1.1 exchange, so the bytes are exactly what a careless or hostile client sends. */
    private Answer send(String method, String path, String contentType, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\nContent-Length: " + body.length + "\r\n");
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String raw = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
            int status = Integer.parseInt(raw.substring(9, 12));
            String headers =
                    raw.substring(0, Math.max(0, raw.indexOf("\r\n\r\n"))).toLowerCase();
            int typeAt = headers.indexOf("content-type: ");
            String type = typeAt < 0
                    ? ""
                    : headers.substring(
                            typeAt + 14,
                            headers.indexOf("\r\n", typeAt + 14) < 0
                                    ? headers.length()
                                    : headers.indexOf("\r\n", typeAt + 14));
            return new Answer(status, type, raw.substring(raw.indexOf("\r\n\r\n") + 4));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            in.transferTo(out);
        } catch (java.net.SocketException e) {
            // the server may close right after answering a refused upload
        }
        return out.toByteArray();
    }
}
