package th.prongsai.analytics.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import th.prongsai.analytics.support.AnalyticsIT;

class NationalResultsImportIT extends AnalyticsIT {

    private static final String URL = "/api/analytics/imports/national-results";
    private static final String HEADER =
            "fiscal_year,agency_code,name_th,type,province,i1,i2,i3,i4,i5,i6,i7,i8,i9,i10,overall";
    private static final String THA_PHAE_2567 = "82.50,83.06,88.33,65.00,71.80,89.26,82.34,65.20,63.57,43.34";

    private final List<String> codes = new ArrayList<>();
    private final int base = 1_000_000 + (int) (System.nanoTime() % 8_000_000);

    /** A 7-digit code unique to this test, removed afterwards so other tests' national figures stay clean. */
    private String code(int n) {
        String code = Integer.toString(base + n);
        codes.add(code);
        return code;
    }

    @AfterEach
    void cleanUp() {
        codes.forEach(code -> jdbc.update("DELETE FROM score_facts WHERE agency_code = ?", code));
    }

    private ResultActions postCsv(String csv) throws Exception {
        return mvc.perform(post(URL)
                .contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8))
                .with(nationalAdmin()));
    }

    private int stored(String code) {
        return jdbc.queryForObject("SELECT count(*) FROM score_facts WHERE agency_code = ?", Integer.class, code);
    }

    @Test
    void importsValidRowsWithComputedOverallsAndReimportChangesNothing() throws Exception {
        String thaPhae = code(1);
        String other = code(2);
        String csv = "\uFEFF" + HEADER + "\r\n"
                + "2567," + thaPhae + ",เทศบาลตำบลท่าแพ,SUBDISTRICT_MUNICIPALITY,80," + THA_PHAE_2567 + ",68.51\r\n"
                + "2566," + thaPhae + ",\"เทศบาลตำบลท่าแพ\",SUBDISTRICT_MUNICIPALITY,80,"
                + "87.29,72.46,81.21,73.35,68.27,80.92,72.97,68.90,80.00,67.50,74.74\r\n"
                + "2568," + other + ",เทศบาลเมืองตราด,TOWN_MUNICIPALITY,23,"
                + "95,96,97,98,99,95,96,97,98,99,\r\n";
        postCsv(csv)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.inserted").value(3))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(0));

        assertThat(jdbc.queryForObject(
                        "SELECT overall FROM score_facts WHERE dataset = 'real' AND fiscal_year = 2567"
                                + " AND agency_code = ?",
                        BigDecimal.class,
                        thaPhae))
                .isEqualByComparingTo("68.50");
        assertThat(jdbc.queryForObject(
                        "SELECT published_overall FROM score_facts WHERE fiscal_year = 2567" + " AND agency_code = ?",
                        BigDecimal.class,
                        thaPhae))
                .isEqualByComparingTo("68.51");
        assertThat(jdbc.queryForObject(
                        "SELECT overall FROM score_facts WHERE fiscal_year = 2566 AND agency_code = ?",
                        BigDecimal.class,
                        thaPhae))
                .isEqualByComparingTo("74.73");
        assertThat(jdbc.queryForObject(
                        "SELECT source || '/' || level_code || '/' || passed FROM score_facts"
                                + " WHERE fiscal_year = 2568 AND agency_code = ?",
                        String.class,
                        other))
                .startsWith("NATIONAL/")
                .endsWith("/true");
        assertThat(jdbc.queryForObject(
                        "SELECT published_overall IS NULL FROM score_facts WHERE agency_code = ?",
                        Boolean.class,
                        other))
                .isTrue();
        List<Timestamp> before = jdbc.queryForList(
                "SELECT updated_at FROM score_facts WHERE agency_code IN (?, ?)" + " ORDER BY agency_code, fiscal_year",
                Timestamp.class,
                thaPhae,
                other);

        postCsv(csv)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.inserted").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(3));
        assertThat(jdbc.queryForList(
                        "SELECT updated_at FROM score_facts WHERE agency_code IN (?, ?)"
                                + " ORDER BY agency_code, fiscal_year",
                        Timestamp.class,
                        thaPhae,
                        other))
                .isEqualTo(before);

        // one changed score: one row rewritten, the others untouched
        postCsv(csv.replace("95,96,97,98,99,95,96,97,98,99,", "95,96,97,98,99,95,96,97,98,90,"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.unchanged").value(2));
    }

    @Test
    void oneBadRowRefusesTheWholeFileListingEveryBadLine() throws Exception {
        String good = code(1);
        String dup = code(2);
        String csv = HEADER + "\n"
                + "2567," + good + ",เทศบาลดี,SAO,23," + THA_PHAE_2567 + ",\n" // line 2: fine
                + "2567,12345,เทศบาลรหัสสั้น,SAO,23," + THA_PHAE_2567 + ",\n" // 3: code
                + "2567," + dup + ",เทศบาลซ้ำ,SAO,23," + THA_PHAE_2567 + ",\n" // 4: fine
                + "2567," + dup + ",เทศบาลซ้ำ,SAO,23," + THA_PHAE_2567 + ",\n" // 5: duplicate
                + "2567," + code(3) + ",เทศบาล,VILLAGE,99," + THA_PHAE_2567 + ",\n" // 6: type, province
                + "2567," + code(4)
                + ",เทศบาล,SAO,23,82.50,83.06,101,65.00,71.80,89.26,82.34,65.20,63.57,43.34,\n" // 7: i3
                + "2599," + code(5) + ",เทศบาล,SAO,23," + THA_PHAE_2567 + ",\n" // 8: year
                + "2567," + code(6)
                + ",เทศบาล,SAO,23,82.505,83.06,88.33,65.00,71.80,89.26,82.34,65.20,63.57,,abc\n" // 9
                + "2567," + code(7) + ",,SAO,23," + THA_PHAE_2567 + ",\n" // 10: name
                + "2567," + code(8) + ",เทศบาล,SAO,23,1,2,3\n"; // 11: columns
        postCsv(csv)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'line 3: agency_code')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'line 5: agency_code')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'line 6: type')]").exists())
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'line 6: province')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'line 7: i3')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'line 8: fiscal_year')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'line 9: i1')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'line 9: i10')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'line 9: overall')]").exists())
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'line 10: name_th')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'line 11')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field =~ /line (2|4):.*/)]").isEmpty())
                .andExpect(jsonPath("$.badRows").value(8));
        assertThat(stored(good)).isZero();
        assertThat(stored(dup)).isZero();
    }

    @Test
    void aWrongHeaderOrAnEmptyFileIsRefused() throws Exception {
        postCsv("year,code\n2567,1234567\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("line 1"));
        postCsv(HEADER + "\n").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors", hasSize(1)));
    }

    @Test
    void acceptsAMultipartFile() throws Exception {
        String code = code(1);
        byte[] csv = (HEADER + "\n2565," + code + ",อบต.ทดสอบ,SAO,92," + THA_PHAE_2567 + ",\n")
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart(URL)
                        .file(new MockMultipartFile("file", "results.csv", "text/csv", csv))
                        .with(nationalAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inserted").value(1));
        assertThat(stored(code)).isEqualTo(1);
    }

    @Test
    void onlyNationalAdminsImport() throws Exception {
        String code = code(1);
        byte[] csv = (HEADER + "\n2567," + code + ",อบต.ทดสอบ,SAO,23," + THA_PHAE_2567 + ",\n")
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(post(URL).contentType("text/csv").content(csv).with(provincialOfficer("23")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post(URL).contentType("text/csv").content(csv).with(municipalAdmin("trat")))
                .andExpect(status().isForbidden());
        mvc.perform(post(URL).contentType("text/csv").content(csv).with(service()))
                .andExpect(status().isForbidden());
        mvc.perform(post(URL).contentType("text/csv").content(csv)).andExpect(status().isUnauthorized());
        assertThat(stored(code)).isZero();
    }

    @Test
    void refusesFilesOverFiveMegabytes() throws Exception {
        byte[] big = new byte[NationalResultsImport.MAX_BYTES + 10];
        Arrays.fill(big, (byte) 'a');
        mvc.perform(post(URL).contentType("text/csv").content(big).with(nationalAdmin()))
                .andExpect(status().isPayloadTooLarge());
    }
}
