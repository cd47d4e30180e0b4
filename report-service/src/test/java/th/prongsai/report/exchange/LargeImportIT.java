package th.prongsai.report.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A year's import may be far larger than the platform's 1 MB body limit, since it carries its files in base64:
 * {@code ita.http.body-limits} gives {@code PUT …/import} 64 MB. A document of 24 files at the 2 MB maximum
 * (about 62 MB) is imported whole; one over the limit is refused with 413 and nothing stored.
 */
class LargeImportIT extends ReportIntegrationTest {

    static final int FILE = 1_990_000;

    @Test
    void aYearWithTwentyFourFullSizeFilesImportsAndOneOverTheLimitIsRefused(TestReporter reporter) throws Exception {
        String code = provisioned("large", "80");
        String officer = TestTokens.officer(code);
        ObjectNode document = (ObjectNode) Api.JSON.readTree(
                Files.readString(Path.of("..", "deploy", "demo", "fiscal-years", "tha-phae-2567.json")));
        Random random = new Random(12);
        ArrayNode measures = (ArrayNode) document.get("measures");
        for (int i = 0; i < 24; i++) {
            byte[] file = new byte[FILE];
            random.nextBytes(file);
            System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, file, 0, 8);
            ObjectNode attachment = Api.JSON
                    .createObjectNode()
                    .put("fileName", "หลักฐาน-" + i + ".png")
                    .put("mediaType", "image/png")
                    .put("contentBase64", Base64.getEncoder().encodeToString(file));
            ((ArrayNode) ((ObjectNode) measures.get(i % measures.size())).withArray("attachments")).add(attachment);
        }
        byte[] body = document.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isBetween(60_000_000, 64 * 1024 * 1024);

        long started = System.nanoTime();
        HttpResponse<String> imported = put(code, officer, body);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode summary = Api.JSON.readTree(imported.body());
        assertThat(summary.get("attachments").asInt()).isEqualTo(24);
        reporter.publishEntry("imported", String.format("%.1f MB in %d ms", body.length / 1e6, millis));

        String schema = schemaOf(code);
        int files = count(schema, "measure_attachments");
        ((ObjectNode) measures.get(0)).put("outcome", "x".repeat(4 * 1024 * 1024));
        HttpResponse<String> tooLarge = put(code, officer, document.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(Api.JSON.readTree(tooLarge.body()).get("type").asString())
                .isEqualTo("https://prongsai.th/problems/payload-too-large");
        assertThat(count(schema, "measure_attachments")).isEqualTo(files);
    }

    private HttpResponse<String> put(String code, String token, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/t/" + code + "/api/fiscal-years/2567/import"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        Api.gatewayHeaders(code, token).forEach(request::header);
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
