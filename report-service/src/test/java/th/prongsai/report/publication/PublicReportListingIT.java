package th.prongsai.report.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import tools.jackson.databind.JsonNode;

/** {@code GET /public/{code}/reports}: the municipality's names and its published versions only, without a token. */
class PublicReportListingIT extends ReportIntegrationTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    StringRedisTemplate redis;

    String code;
    String officer;

    @BeforeEach
    void thaPhae() throws IOException {
        code = provisioned("list", "80");
        officer = TestTokens.officer(code);
        for (String file : new String[] {"tha-phae-2566.json", "tha-phae-2567.json"}) {
            JsonNode document =
                    Api.JSON.readTree(Files.readString(Path.of("..", "deploy", "demo", "fiscal-years", file)));
            assertThat(api.tenant(
                                    "PUT",
                                    code,
                                    "/api/fiscal-years/"
                                            + document.get("fiscalYear").asInt() + "/import",
                                    officer,
                                    document)
                            .status())
                    .isEqualTo(200);
        }
        redis.opsForHash().put(EVENT_REGISTRY, code, """
                {"eventId":"c2e214c8-8dd3-4da8-811f-dc1a5a4c151d","kind":"ONBOARDED","code":"%s","nameTh":"เทศบาลตำบลท่าแพ",\
                "nameEn":"Tha Phae Subdistrict Municipality","type":"SUBDISTRICT_MUNICIPALITY","province":"80",\
                "status":"ACTIVE","occurredAt":"2026-12-01T10:00:00Z"}""".formatted(code));
    }

    @Test
    void listsPublishedVersionsOnlyWithTheMunicipalitysNames() throws Exception {
        JsonNode nothing = listing(code).json();
        assertThat(nothing.get("nameTh").asString()).isEqualTo("เทศบาลตำบลท่าแพ");
        assertThat(nothing.get("nameEn").asString()).isEqualTo("Tha Phae Subdistrict Municipality");
        assertThat(nothing.get("reports")).as("nothing published yet").isEmpty();

        post("submit", officer, Map.of("template", "tha-phae-2567"));
        assertThat(listing(code).json().get("reports"))
                .as("a submitted report is not published")
                .isEmpty();
        for (String position : new String[] {"HEAD_OF_OFFICE", "CLERK", "MAYOR"}) {
            assertThat(post("approve", TestTokens.approver(code, position), Map.of())
                            .status())
                    .isEqualTo(200);
        }
        assertThat(listing(code).json().get("reports"))
                .as("an approved report is not published yet")
                .isEmpty();
        Api.Response published = post("publish", TestTokens.municipalAdmin(code), null);
        assertThat(published.status()).as(published.toString()).isEqualTo(201);

        // A new draft after publishing does not show; version 1 stays listed.
        JsonNode measure = api.tenant("GET", code, "/api/fiscal-years/2567/measures?size=1", officer, null)
                .json()
                .get(0);
        Map<String, Object> edit = Api.JSON.convertValue(measure, Map.class);
        edit.put("outcome", "ผลลัพธ์ฉบับร่างใหม่");
        api.tenant(
                "PUT",
                code,
                "/api/fiscal-years/2567/measures/" + measure.get("id").asLong(),
                officer,
                edit);
        post("submit", officer, Map.of("template", "tha-phae-2567"));

        Response listed = listing(code);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.response().headers().firstValue("Cache-Control").orElse(""))
                .contains("public");
        JsonNode reports = listed.json().get("reports");
        assertThat(reports).hasSize(1);
        JsonNode v1 = reports.get(0);
        assertThat(v1.get("fiscalYear").asInt()).isEqualTo(2567);
        assertThat(v1.get("version").asInt()).isEqualTo(1);
        assertThat(v1.get("sha256").asString())
                .isEqualTo(published.json().get("sha256").asString());
        assertThat(v1.get("formats").valueStream().map(JsonNode::asString).toList())
                .containsExactly("csv", "docx", "html", "pdf");
        assertThat(v1.get("publishedAt").asString()).isNotBlank();
        assertThat(v1.get("url").asString()).isEqualTo("/public/" + code + "/reports/2567/versions/1");
    }

    @Test
    void anUnknownMunicipalityIsNotFoundAndABadCodeIsInvalid() throws Exception {
        assertThat(listing(newCode("none")).status()).isEqualTo(404);
        Response bad = listing("Not_A_Code!");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsString("field")).contains("code");
    }

    @Test
    void withoutARegistryEntryTheListingHasNoNamesButStillItsReports() throws Exception {
        redis.opsForHash().delete(EVENT_REGISTRY, code);
        JsonNode listed = listing(code).json();
        assertThat(listed.get("nameTh").isNull()).isTrue();
        assertThat(listed.get("reports")).isEmpty();
    }

    record Response(HttpResponse<String> response) {
        int status() {
            return response.statusCode();
        }

        JsonNode json() {
            return Api.JSON.readTree(response.body());
        }
    }

    private Response listing(String tenant) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/public/"
                        + URLEncoder.encode(tenant, StandardCharsets.UTF_8) + "/reports"))
                .GET()
                .build();
        return new Response(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    private Api.Response post(String action, String token, Object body) {
        return api.tenant("POST", code, "/api/fiscal-years/2567/report/" + action, token, body);
    }
}
