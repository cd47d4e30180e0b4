package th.prongsai.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every preset rendered in every format for the demo data; the files say what the data says. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDocumentsIT extends ReportIntegrationTest {

    static final Path FIXTURES = Path.of("..", "deploy", "demo", "fiscal-years");
    static final Path PREVIEWS = Path.of("target", "report-previews");

    String thaPhae;
    List<String> titles = new ArrayList<>();

    @BeforeAll
    void thaPhaeYear() throws IOException {
        api = new Api(port);
        thaPhae = provisioned("docs", "80");
        for (String file : List.of("tha-phae-2566.json", "tha-phae-2567.json")) {
            JsonNode document = Api.JSON.readTree(Files.readString(FIXTURES.resolve(file)));
            Api.Response imported = api.tenant(
                    "PUT",
                    thaPhae,
                    "/api/fiscal-years/" + document.get("fiscalYear").asInt() + "/import",
                    TestTokens.officer(thaPhae),
                    document);
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            if (file.endsWith("2567.json")) {
                document.get("measures").forEach(m -> titles.add(m.get("title").asString()));
            }
        }
    }

    @Test
    void everyPresetComesOutInEveryFormat() throws IOException {
        Files.createDirectories(PREVIEWS);
        JsonNode presets = api.tenant("GET", thaPhae, "/api/report-templates", TestTokens.officer(thaPhae), null)
                .json();
        assertThat(presets.findValuesAsString("code"))
                .containsExactlyInAnyOrder("trat-2564", "trang-2566", "trat-2567", "tha-phae-2567", "tak-bai-2568");
        for (JsonNode preset : presets) {
            String code = preset.get("code").asString();
            for (String format : List.of("pdf", "docx", "html", "csv")) {
                HttpResponse<byte[]> file = api.bytes(
                        thaPhae,
                        "/api/fiscal-years/2567/report?format=" + format + "&template=" + code,
                        TestTokens.officer(thaPhae));
                assertThat(file.statusCode())
                        .as("%s %s: %s", code, format, new String(file.body(), StandardCharsets.UTF_8))
                        .isEqualTo(200);
                Files.write(PREVIEWS.resolve(code + "." + format), file.body());
                String text = text(format, file.body());
                // Digits in either style, and line wraps anywhere: compare without spaces, in Arabic digits.
                String plain = plain(text);
                for (String title : titles) {
                    String start = plain(title);
                    assertThat(plain)
                            .as("%s %s has measure %s", code, format, title)
                            .contains(start.substring(0, Math.min(20, start.length())));
                }
            }
        }
    }

    /**
     * Also writes each file to target/report-previews/demo-years/{year file}--{preset}.{format}, for
     * bench/documents/check.sh to convert with LibreOffice and preview.
     */
    @Test
    void everyDemoMunicipalitysYearComesOutInEveryPreset() throws IOException {
        Path out = PREVIEWS.resolve("demo-years");
        Files.createDirectories(out);
        try (var files = Files.list(FIXTURES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode document = Api.JSON.readTree(Files.readString(file));
                if (document.get("measures").isEmpty()) {
                    continue;
                }
                String tenant = provisioned("demo", "23");
                int year = document.get("fiscalYear").asInt();
                String token = TestTokens.officer(tenant);
                assertThat(api.tenant("PUT", tenant, "/api/fiscal-years/" + year + "/import", token, document)
                                .status())
                        .isEqualTo(200);
                for (String preset : List.of("trat-2564", "trang-2566", "trat-2567", "tha-phae-2567", "tak-bai-2568")) {
                    for (String format : List.of("pdf", "docx")) {
                        HttpResponse<byte[]> rendered = api.bytes(
                                tenant,
                                "/api/fiscal-years/" + year + "/report?format=" + format + "&template=" + preset,
                                token);
                        assertThat(rendered.statusCode())
                                .as("%s %s %s", file.getFileName(), preset, format)
                                .isEqualTo(200);
                        String name = file.getFileName().toString().replace(".json", "");
                        Files.write(out.resolve(name + "--" + preset + "." + format), rendered.body());
                        String text = plain(text(format, rendered.body()));
                        for (JsonNode measure : document.get("measures")) {
                            String title = plain(measure.get("title").asString());
                            assertThat(text)
                                    .as("%s %s %s", file.getFileName(), preset, format)
                                    .contains(title.substring(0, Math.min(15, title.length())));
                        }
                    }
                }
            }
        }
    }

    @Test
    void theThaPhaeReportSaysWhatTheDataSays() throws IOException {
        HttpResponse<byte[]> pdf = api.bytes(
                thaPhae,
                "/api/fiscal-years/2567/report?format=pdf&template=tha-phae-2567" + "&digits=arabic",
                TestTokens.officer(thaPhae));
        String text = plain(text("pdf", pdf.body()));
        assertThat(text)
                .contains(
                        "บันทึกข้อความ",
                        "68.50",
                        "ต้องปรับปรุงโดยด่วน",
                        "-3.70",
                        "ลดลง",
                        "ดำเนินการ",
                        "ความโปร่งใส",
                        "ที่",
                        "น้ำหนัก");
        assertThat(text).doesNotContain("+3.7");

        HttpResponse<byte[]> thai = api.bytes(
                thaPhae,
                "/api/fiscal-years/2567/report?format=html&template=tha-phae-2567" + "&digits=thai",
                TestTokens.officer(thaPhae));
        assertThat(new String(thai.body(), StandardCharsets.UTF_8))
                .contains("๖๘.๕๐")
                .doesNotContain("68.50");

        JsonNode json = api.tenant(
                        "GET", thaPhae, "/api/fiscal-years/2567/report?format=json", TestTokens.officer(thaPhae), null)
                .json();
        assertThat(json.get("schema").asString()).isEqualTo("prongsai.report/1");
        assertThat(json.get("scores").get("overall").decimalValue()).isEqualByComparingTo("68.50");
        assertThat(json.get("measures")).hasSize(23);
    }

    @Test
    void aMunicipalityMakesItsOwnTemplateFromAPreset() {
        String admin = TestTokens.municipalAdmin(thaPhae);
        JsonNode preset = null;
        for (JsonNode t :
                api.tenant("GET", thaPhae, "/api/report-templates", admin, null).json()) {
            if (t.get("code").asString().equals("trat-2567")) {
                preset = t;
            }
        }
        ObjectNode own = (ObjectNode) preset.deepCopy();
        own.put("code", "our-layout");
        own.put("nameTh", "แบบของเทศบาลเอง");
        own.put("grouping", "THEME");
        ((ObjectNode) own.get("columns").get(0)).put("heading", "กิจกรรมของเรา");

        assertThat(api.tenant("PUT", thaPhae, "/api/report-templates/our-layout", TestTokens.officer(thaPhae), own)
                        .status())
                .as("the tenant's admin only")
                .isEqualTo(403);
        assertThat(api.tenant("PUT", thaPhae, "/api/report-templates/our-layout", admin, own)
                        .status())
                .isEqualTo(201);
        assertThat(api.tenant("GET", thaPhae, "/api/report-templates", admin, null)
                        .json()
                        .findValuesAsString("code"))
                .contains("our-layout", "trat-2564");
        Api.Response csv =
                api.tenant("GET", thaPhae, "/api/fiscal-years/2567/report?format=csv&template=our-layout", admin, null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("กิจกรรมของเรา", "ประเด็นที่ 1");
        assertInvalid(api.tenant("PUT", thaPhae, "/api/report-templates/trat-2564", admin, own), "code");
        own.putArray("columns");
        assertInvalid(api.tenant("PUT", thaPhae, "/api/report-templates/our-layout", admin, own), "columns");
        String other = provisioned("docs-other", "80");
        assertThat(api.tenant("GET", other, "/api/report-templates", TestTokens.officer(other), null)
                        .json()
                        .findValuesAsString("code"))
                .as("a tenant's own template is its own")
                .doesNotContain("our-layout");
        assertThat(api.tenant("DELETE", thaPhae, "/api/report-templates/our-layout", admin, null)
                        .status())
                .isEqualTo(204);
    }

    @Test
    void badParametersAreRefused() {
        String token = TestTokens.officer(thaPhae);
        assertInvalid(api.tenant("GET", thaPhae, "/api/fiscal-years/2567/report?format=odt", token, null), "format");
        assertInvalid(
                api.tenant("GET", thaPhae, "/api/fiscal-years/2567/report?template=nope", token, null), "template");
        assertInvalid(api.tenant("GET", thaPhae, "/api/fiscal-years/2567/report?digits=roman", token, null), "digits");
        assertThat(api.tenant("GET", thaPhae, "/api/fiscal-years/2590/report", token, null)
                        .status())
                .as("no framework for that year")
                .isEqualTo(404);
    }

    private static String text(String format, byte[] bytes) throws IOException {
        return switch (format) {
            case "pdf" -> {
                try (PDDocument document = Loader.loadPDF(bytes)) {
                    yield new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                }
            }
            case "docx" -> {
                StringBuilder xml = new StringBuilder();
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                        if (entry.getName().equals("word/document.xml")) {
                            xml.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
                yield xml.toString()
                        .replaceAll("<[^>]+>", "")
                        .replace("&amp;", "&")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"");
            }
            default ->
                new String(bytes, StandardCharsets.UTF_8)
                        .replace("&amp;", "&")
                        .replace("&quot;", "\"")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&#39;", "'");
        };
    }

    /** Arabic digits, no whitespace and no zero-width spaces (a renderer may add them as break opportunities). */
    private static String plain(String text) {
        return DigitStyle.ARABIC.apply(text).replaceAll("[\\s\u200B]+", "");
    }
}
