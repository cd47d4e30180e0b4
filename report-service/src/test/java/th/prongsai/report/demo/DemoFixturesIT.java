package th.prongsai.report.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * The demo data that {@code ./platform up} loads ({@code deploy/demo/fiscal-years}): every file imports through the
 * real endpoint, holds every measure of its seed report, and carries no text damaged by PDF extraction.
 */
class DemoFixturesIT extends ReportIntegrationTest {

    static final Path FIXTURES = Path.of("..", "deploy", "demo", "fiscal-years");
    /** Broken sara am ("ด าเนินการ"), a mark after a space, a mark that starts a word. */
    static final Pattern DAMAGE =
            Pattern.compile("[ก-ฮ] า|\\s[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]|ตากไป|ความโปร่งใน");

    @Test
    void everySeedReportIsThereWholeAndClean() throws IOException {
        assertThat(measures("trat-2564.json")).hasSize(7);
        assertThat(measures("trat-2567.json")).hasSize(7);
        List<JsonNode> trang = measures("trang-2566.json");
        assertThat(trang).hasSize(11);
        assertThat(trang.stream().filter(m -> m.get("status").asString().equals("NOT_DONE")))
                .hasSize(2);
        List<JsonNode> thaPhae = measures("tha-phae-2567.json");
        assertThat(thaPhae).hasSize(23);
        assertThat(read("tha-phae-2567.json").get("themes")).hasSize(7);
        assertThat(measures("tak-bai-2568.json")).hasSize(8);

        try (Stream<Path> files = Files.list(FIXTURES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String text = Files.readString(file);
                assertThat(DAMAGE.matcher(text).results().map(r -> r.group()).toList())
                        .as("damage in %s", file)
                        .isEmpty();
            }
        }
    }

    @Test
    void everyFileImportsAndThaPhaesScoresGiveThePublishedFigures() throws IOException {
        String thaPhae = null;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            // One tenant per demo municipality, as ./platform up loads them.
            Map<String, String> tenants = new HashMap<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = file.getFileName().toString();
                String municipality = name.substring(0, name.length() - "-2567.json".length());
                String code = tenants.computeIfAbsent(municipality, m -> provisioned(m, "63"));
                JsonNode document = Api.JSON.readTree(Files.readString(file));
                int year = document.get("fiscalYear").asInt();
                Api.Response imported = api.tenant(
                        "PUT", code, "/api/fiscal-years/" + year + "/import", TestTokens.officer(code), document);
                assertThat(imported.status()).as("%s: %s", file, imported).isEqualTo(200);
                assertThat(imported.json().get("measures").asInt())
                        .isEqualTo(document.get("measures").size());
            }
            thaPhae = tenants.get("tha-phae");
        }
        String code = thaPhae;
        String token = TestTokens.officer(code);
        JsonNode y2567 = api.tenant("GET", code, "/api/fiscal-years/2567/scores", token, null)
                .json();
        assertThat(y2567.get("overall").decimalValue()).isEqualByComparingTo("68.50");
        assertThat(y2567.get("publishedOverall").decimalValue()).isEqualByComparingTo("68.51");
        assertThat(y2567.get("level").get("labelTh").asString()).isEqualTo("ต้องปรับปรุงโดยด่วน");
        assertThat(y2567.get("indicators").get(7).get("change").decimalValue()).isEqualByComparingTo("-3.70");
        JsonNode y2566 = api.tenant("GET", code, "/api/fiscal-years/2566/scores", token, null)
                .json();
        assertThat(y2566.get("overall").decimalValue()).isEqualByComparingTo("74.73");
        assertThat(y2566.get("level").get("labelTh").asString()).isEqualTo("ต้องปรับปรุง");
    }

    private static List<JsonNode> measures(String file) throws IOException {
        List<JsonNode> list = new ArrayList<>();
        read(file).get("measures").forEach(list::add);
        return list;
    }

    private static JsonNode read(String file) throws IOException {
        return Api.JSON.readTree(Files.readString(FIXTURES.resolve(file)));
    }

    /**
     * What {@code ./platform up} does for the OIT checklist: a national administrator enters the 2567 list
     * ({@code deploy/demo/frameworks/2567.json}, the 2566 list carried forward and labelled as not confirmed), then
     * Tha Phae's demo answers go in one PUT each; loading again changes nothing (each PUT answers 409).
     */
    @Test
    void theDemoOitListAndAnswersLoadTheWayThePlatformScriptSendsThem() throws IOException {
        Api.Response entered = api.send(
                "PUT",
                "/api/frameworks/2567",
                TestTokens.nationalAdmin(),
                null,
                Files.readString(Path.of("..", "deploy", "demo", "frameworks", "2567.json")));
        assertThat(entered.status()).as(entered.toString()).isIn(200, 201);
        assertThat(entered.json().get("oitNoteTh").asString()).contains("ยังไม่ได้ยืนยัน");
        assertThat(entered.json().get("tools").toString())
                .as("the rest of 2567 is the built-in year")
                .isEqualTo(api.send("GET", "/api/frameworks/2568", TestTokens.nationalAdmin(), null, null)
                        .json()
                        .get("tools")
                        .toString());

        String code = provisioned("tha-phae", "80");
        List<String> lines = Files.readAllLines(Path.of("..", "deploy", "demo", "oit", "tha-phae-2567.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(5);
        for (int pass = 0; pass < 2; pass++) {
            for (String line : lines) {
                String[] parts = line.split("\t", 2);
                Api.Response answered = api.tenant(
                        "PUT",
                        code,
                        "/api/fiscal-years/2567/oit/items/" + parts[0],
                        TestTokens.nationalAdmin(),
                        parts[1]);
                assertThat(answered.status()).as("%s: %s", parts[0], answered).isEqualTo(pass == 0 ? 200 : 409);
            }
        }
        JsonNode checklist = api.tenant("GET", code, "/api/fiscal-years/2567/oit", TestTokens.officer(code), null)
                .json();
        assertThat(checklist.get("itemCount").asInt()).isEqualTo(43);
        assertThat(checklist.get("answeredCount").asInt()).isEqualTo(lines.size());
    }
}
