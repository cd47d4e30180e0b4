package th.prongsai.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import th.prongsai.analytics.support.AnalyticsIT;

/**
 * Issue 12's catalogue of bad input for analytics: every write endpoint (the national results import, as CSV body
 * and as a file; the synthetic dataset) and every query parameter of the answers, sent malformed. Each row must be
 * a 4xx problem with a platform {@code type}, never a 500, and no score fact may be stored by any of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCatalogueIT extends AnalyticsIT {

    private static final String IMPORT = "/api/analytics/imports/national-results";
    private static final String HEADER =
            "fiscal_year,agency_code,name_th,type,province,i1,i2,i3,i4,i5,i6,i7,i8,i9,i10,overall";
    private static final String SCORES = "82.50,83.06,88.33,65.00,71.80,89.26,82.34,65.20,63.57,43.34";

    record Row(String name, RequestBuilder request) {}

    private long factsBefore;
    private final String agency = Integer.toString(9_000_000 + (int) (System.nanoTime() % 900_000));

    @BeforeAll
    void count() {
        factsBefore = facts();
    }

    @AfterAll
    void nothingWasStored() {
        assertThat(facts()).as("score facts after every bad row").isEqualTo(factsBefore);
    }

    private long facts() {
        return jdbc.queryForObject("SELECT count(*) FROM score_facts", Long.class);
    }

    @TestFactory
    Stream<DynamicTest> everyBadRequestIsAProblemAndStoresNothing() {
        return rows().stream()
                .map(row -> DynamicTest.dynamicTest(row.name(), () -> {
                    long before = facts();
                    MockHttpServletResponse response =
                            mvc.perform(row.request()).andReturn().getResponse();
                    String body = response.getContentAsString(StandardCharsets.UTF_8);
                    assertThat(response.getStatus())
                            .as(row.name() + " → " + body)
                            .isBetween(400, 499);
                    assertThat(response.getContentType()).as(row.name()).startsWith("application/problem+json");
                    assertThat(body).as(row.name()).contains("\"type\":\"https://prongsai.th/problems/");
                    assertThat(facts()).as(row.name() + " stored nothing").isEqualTo(before);
                }));
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        String good = "2567," + agency + ",เทศบาลตำบลทดสอบ,SUBDISTRICT_MUNICIPALITY,80," + SCORES + ",";
        // --- the CSV body: one bad thing per row, the rest of the row valid
        List<String[]> csv = new ArrayList<>();
        csv.add(new String[] {"empty file", ""});
        csv.add(new String[] {"header only", HEADER + "\n"});
        csv.add(new String[] {"a byte-order mark only", "\uFEFF"});
        csv.add(new String[] {"no header", good + "\n"});
        csv.add(new String[] {"header misspelt", HEADER.replace("agency_code", "agency") + "\n" + good + "\n"});
        csv.add(new String[] {"a header column missing", HEADER.replace(",i10", "") + "\n" + good + "\n"});
        csv.add(new String[] {"an extra header column", HEADER + ",extra\n" + good + ",x\n"});
        csv.add(new String[] {
            "columns in another order",
            HEADER.replace("fiscal_year,agency_code", "agency_code,fiscal_year") + "\n" + agency + ",2567"
                    + good.substring(good.indexOf(',', 5)) + "\n"
        });
        csv.add(new String[] {"a row too short", HEADER + "\n" + good.substring(0, good.lastIndexOf(',')) + "\n"});
        csv.add(new String[] {"a row too long", HEADER + "\n" + good + ",1\n"});
        csv.add(new String[] {"an unclosed quote", HEADER + "\n" + good.replace("เทศบาลตำบลทดสอบ", "\"เทศบาล") + "\n"});
        for (String year : List.of("abc", "2400", "3000", "25.67", "-2567", "", "๒๕๖๗", "2567x", "99999999999")) {
            csv.add(new String[] {"fiscal year " + year, HEADER + "\n" + good.replaceFirst("^2567", year) + "\n"});
        }
        for (String code : List.of("", "12345", "12345678", "abcdefg", "12 4567", "-123456", "1234567;DROP", "=1+1")) {
            csv.add(new String[] {"agency code '" + code + "'", HEADER + "\n" + good.replace(agency, code) + "\n"});
        }
        for (String type : List.of("", "TOWN", "town_municipality_x", "0", "PAO;", "เทศบาล")) {
            csv.add(new String[] {
                "type '" + type + "'", HEADER + "\n" + good.replace("SUBDISTRICT_MUNICIPALITY", type) + "\n"
            });
        }
        for (String province : List.of("", "99", "00", "8", "800", "xx", "-1", "1.0")) {
            csv.add(new String[] {
                "province '" + province + "'", HEADER + "\n" + good.replace(",80,", "," + province + ",") + "\n"
            });
        }
        for (String score : List.of(
                "abc",
                "100.01",
                "-0.01",
                "101",
                "NaN",
                "Infinity",
                "1e2",
                "0x10",
                "50,5",
                "",
                " ",
                "๘๒.๕๐",
                "82.505.1",
                "+-1")) {
            csv.add(new String[] {"score '" + score + "'", HEADER + "\n" + good.replace("82.50,", score + ",") + "\n"});
        }
        for (String overall : List.of("abc", "100.5", "-1", "68.5x")) {
            csv.add(new String[] {"published overall '" + overall + "'", HEADER + "\n" + good + overall + "\n"});
        }
        csv.add(new String[] {
            "a name with a NUL", HEADER + "\n" + good.replace("เทศบาลตำบลทดสอบ", "เทศบาล\u0000") + "\n"
        });
        csv.add(new String[] {"a name with BEL", HEADER + "\n" + good.replace("เทศบาลตำบลทดสอบ", "เทศบาล\u0007") + "\n"
        });
        csv.add(new String[] {"a name with ESC", HEADER + "\n" + good.replace("เทศบาลตำบลทดสอบ", "\u001b[31m") + "\n"});
        csv.add(new String[] {"an empty name", HEADER + "\n" + good.replace("เทศบาลตำบลทดสอบ", "") + "\n"});
        csv.add(new String[] {
            "a name of 1,000 characters", HEADER + "\n" + good.replace("เทศบาลตำบลทดสอบ", "ก".repeat(1000)) + "\n"
        });
        csv.add(new String[] {"the same agency twice in one year", HEADER + "\n" + good + "\n" + good + "\n"});
        csv.add(new String[] {
            "one good row, one bad row",
            HEADER + "\n" + good + "\n" + good.replace(agency, "123").replaceFirst("^2567", "2566") + "\n"
        });
        for (String[] c : csv) {
            rows.add(new Row(
                    "csv: " + c[0],
                    post(IMPORT)
                            .contentType("text/csv")
                            .content(c[1].getBytes(StandardCharsets.UTF_8))
                            .with(nationalAdmin())));
        }
        // --- bytes that are not UTF-8 text
        byte[] overlong = (HEADER + "\n" + good.replace("เทศบาลตำบลทดสอบ", "..")).getBytes(StandardCharsets.UTF_8);
        int dots = new String(overlong, StandardCharsets.ISO_8859_1).indexOf("..");
        overlong[dots] = (byte) 0xC0;
        overlong[dots + 1] = (byte) 0xAF;
        rows.add(new Row(
                "csv: overlong UTF-8 (C0 AF)",
                post(IMPORT).contentType("text/csv").content(overlong).with(nationalAdmin())));
        byte[] invalid = (HEADER + "\n" + good).getBytes(StandardCharsets.UTF_8);
        invalid[invalid.length - 2] = (byte) 0xFF;
        rows.add(new Row(
                "csv: a byte that is never UTF-8 (FF)",
                post(IMPORT).contentType("text/csv").content(invalid).with(nationalAdmin())));
        rows.add(new Row(
                "csv: UTF-16",
                post(IMPORT)
                        .contentType("text/csv")
                        .content((HEADER + "\n" + good + "\n").getBytes(StandardCharsets.UTF_16))
                        .with(nationalAdmin())));
        rows.add(new Row(
                "csv: binary",
                post(IMPORT)
                        .contentType("application/octet-stream")
                        .content(new byte[] {0, 1, 2, 3, (byte) 0x89, 'P', 'N', 'G'})
                        .with(nationalAdmin())));
        rows.add(new Row(
                "csv: over 5 MB",
                post(IMPORT)
                        .contentType("text/csv")
                        .content((HEADER + "\n" + (good + "\n").repeat(60_000)).getBytes(StandardCharsets.UTF_8))
                        .with(nationalAdmin())));
        // --- content types and methods
        rows.add(new Row(
                "import as JSON",
                post(IMPORT)
                        .contentType("application/json")
                        .content("{\"rows\":[]}")
                        .with(nationalAdmin())));
        rows.add(new Row(
                "import as XML",
                post(IMPORT).contentType("application/xml").content("<rows/>").with(nationalAdmin())));
        rows.add(new Row(
                "import as a form",
                post(IMPORT)
                        .contentType("application/x-www-form-urlencoded")
                        .content("fiscal_year=2567")
                        .with(nationalAdmin())));
        rows.add(new Row(
                "import without a content type", post(IMPORT).content(HEADER).with(nationalAdmin())));
        rows.add(new Row("import read with GET", get(IMPORT).with(nationalAdmin())));
        rows.add(new Row(
                "import with PUT",
                MockMvcRequestBuilders.put(IMPORT)
                        .contentType("text/csv")
                        .content(HEADER)
                        .with(nationalAdmin())));
        rows.add(new Row(
                "import with DELETE", MockMvcRequestBuilders.delete(IMPORT).with(nationalAdmin())));
        // --- the import as a file
        rows.add(new Row(
                "file: the part missing",
                multipart(IMPORT)
                        .file(new MockMultipartFile(
                                "other", "a.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .with(nationalAdmin())));
        rows.add(new Row(
                "file: empty",
                multipart(IMPORT)
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", new byte[0]))
                        .with(nationalAdmin())));
        rows.add(new Row(
                "file: header only",
                multipart(IMPORT)
                        .file(new MockMultipartFile(
                                "file", "a.csv", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8)))
                        .with(nationalAdmin())));
        rows.add(new Row(
                "file: a bad score",
                multipart(IMPORT)
                        .file(new MockMultipartFile(
                                "file",
                                "a.csv",
                                "text/csv",
                                (HEADER + "\n" + good.replace("82.50,", "abc,")).getBytes(StandardCharsets.UTF_8)))
                        .with(nationalAdmin())));
        rows.add(new Row(
                "file: multipart without a boundary",
                post(IMPORT)
                        .contentType("multipart/form-data")
                        .content("--x\r\n\r\n")
                        .with(nationalAdmin())));
        // --- the synthetic dataset
        for (String seed : List.of("abc", "1.5", " ", "99999999999999999999", "0x10", "1e3", "๔๒", "-")) {
            rows.add(new Row(
                    "synthetic seed '" + seed + "'",
                    post("/api/analytics/synthetic").param("seed", seed).with(nationalAdmin())));
        }
        // --- every answer's parameters
        String[] badYears = {"abc", "25", "2499", "2701", "2568.0", "-2568", "๒๕๖๘", "2568 OR 1=1", "%00"};
        for (String fy : badYears) {
            rows.add(new Row(
                    "benchmarks fy '" + fy + "'",
                    get("/api/analytics/benchmarks").param("fy", fy).with(nationalAdmin())));
            rows.add(new Row(
                    "scorecard fy '" + fy + "'",
                    get("/api/analytics/scorecards/{c}/{fy}", agency, fy).with(nationalAdmin())));
            rows.add(new Row(
                    "rankings fy '" + fy + "'",
                    get("/api/analytics/rankings")
                            .param("fy", fy)
                            .param("province", "23")
                            .with(nationalAdmin())));
            rows.add(new Row(
                    "trends from '" + fy + "'",
                    get("/api/analytics/trends/{c}", agency).param("from", fy).with(nationalAdmin())));
            rows.add(new Row(
                    "province summary fy '" + fy + "'",
                    get("/api/analytics/provinces/23/summary").param("fy", fy).with(nationalAdmin())));
            rows.add(new Row(
                    "data quality fy '" + fy + "'",
                    get("/api/analytics/data-quality").param("fy", fy).with(nationalAdmin())));
            rows.add(new Row(
                    "measure effects fy '" + fy + "'",
                    get("/api/analytics/measure-effects").param("fy", fy).with(nationalAdmin())));
            rows.add(new Row(
                    "OIT province list fy '" + fy + "'",
                    get("/api/analytics/oit/provinces/80").param("fy", fy).with(nationalAdmin())));
            rows.add(new Row(
                    "OIT national fy '" + fy + "'",
                    get("/api/analytics/oit/national").param("fy", fy).with(nationalAdmin())));
            rows.add(new Row(
                    "OIT association fy '" + fy + "'",
                    get("/api/analytics/oit/association").param("fy", fy).with(nationalAdmin())));
        }
        rows.add(new Row(
                "OIT province list without fy",
                get("/api/analytics/oit/provinces/80").with(nationalAdmin())));
        rows.add(new Row(
                "OIT national without fy", get("/api/analytics/oit/national").with(nationalAdmin())));
        rows.add(new Row(
                "OIT association without fy",
                get("/api/analytics/oit/association").with(nationalAdmin())));
        rows.add(new Row(
                "benchmarks without fy", get("/api/analytics/benchmarks").with(nationalAdmin())));
        for (String scope : List.of(
                "world",
                "province:",
                "province:99",
                "province:8",
                "type:",
                "type:TOWN",
                "type:0",
                "national:23",
                ":",
                "province:23:x")) {
            rows.add(new Row(
                    "benchmarks scope '" + scope + "'",
                    get("/api/analytics/benchmarks")
                            .param("fy", "2568")
                            .param("scope", scope)
                            .with(nationalAdmin())));
        }
        for (String indicator : List.of("11", "0", "abc", "1.1.1", "-1")) {
            rows.add(new Row(
                    "benchmarks indicator '" + indicator + "'",
                    get("/api/analytics/benchmarks")
                            .param("fy", "2568")
                            .param("indicator", indicator)
                            .with(nationalAdmin())));
        }
        for (String dataset : List.of("fake", "REAL;", "*", "")) {
            if (!dataset.isEmpty()) {
                rows.add(new Row(
                        "benchmarks dataset '" + dataset + "'",
                        get("/api/analytics/benchmarks")
                                .param("fy", "2568")
                                .param("dataset", dataset)
                                .with(nationalAdmin())));
            }
        }
        for (String format : List.of("xml", "pdf", "csv;", "JSONP")) {
            rows.add(new Row(
                    "benchmarks format '" + format + "'",
                    get("/api/analytics/benchmarks")
                            .param("fy", "2568")
                            .param("format", format)
                            .with(nationalAdmin())));
        }
        rows.add(new Row(
                "rankings with province and type",
                get("/api/analytics/rankings")
                        .param("fy", "2568")
                        .param("province", "23")
                        .param("type", "SAO")
                        .with(nationalAdmin())));
        rows.add(new Row(
                "rankings with neither",
                get("/api/analytics/rankings").param("fy", "2568").with(nationalAdmin())));
        for (String province : List.of("99", "8", "ab", "230")) {
            rows.add(new Row(
                    "rankings province '" + province + "'",
                    get("/api/analytics/rankings")
                            .param("fy", "2568")
                            .param("province", province)
                            .with(nationalAdmin())));
            rows.add(new Row(
                    "OIT province list '" + province + "'",
                    get("/api/analytics/oit/provinces/{p}", province)
                            .param("fy", "2567")
                            .with(nationalAdmin())));
            rows.add(new Row(
                    "province summary '" + province + "'",
                    get("/api/analytics/provinces/{p}/summary", province)
                            .param("fy", "2568")
                            .with(nationalAdmin())));
        }
        rows.add(new Row(
                "rankings type 'TOWN'",
                get("/api/analytics/rankings")
                        .param("fy", "2568")
                        .param("type", "TOWN")
                        .with(nationalAdmin())));
        for (String code : List.of("TRAT", "12345", "a", "-trat", "trat_1", "1234567890")) {
            rows.add(new Row(
                    "scorecard code '" + code + "'",
                    get("/api/analytics/scorecards/{c}/2568", code).with(nationalAdmin())));
            rows.add(new Row(
                    "trends code '" + code + "'",
                    get("/api/analytics/trends/{c}", code).with(nationalAdmin())));
        }
        rows.add(new Row(
                "trends from after to",
                get("/api/analytics/trends/{c}", agency)
                        .param("from", "2568")
                        .param("to", "2566")
                        .with(nationalAdmin())));
        rows.add(new Row("an unknown path", get("/api/analytics/nothing-here").with(nationalAdmin())));
        return rows;
    }
}
