package th.prongsai.web.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.prongsai.web.province.Dashboard.Query;

/** The parts of the dashboard that need no platform: its links, the heat map's bands, the CSV and the chart. */
class ProvinceDashboardTest {

    @Test
    void linksKeepWhatWasAskedAndLeaveDefaultsOut() {
        Query q = Query.of(null, null, "SAO", null, "true", null, "2", "synthetic");
        assertThat(q.href("23", 2568)).isEqualTo("/province/23/2568?dataset=synthetic&type=SAO&below=true&page=2");
        assertThat(q.with("sort", "name").with("dir", "asc").with("page", null).href("23", 2567))
                .isEqualTo("/province/23/2567?dataset=synthetic&sort=name&dir=asc&type=SAO&below=true");
        assertThat(Query.of("drop table", "sideways", "", "", null, null, "x", null)
                        .href("80", 2568))
                .isEqualTo("/province/80/2568");
    }

    @Test
    void theBandsAreTheFrameworksLevelThresholds() {
        Map<String, Object> framework = Map.of(
                "levelScheme",
                Map.of(
                        "levels",
                        List.of(
                                Map.of("code", "EXCELLENT", "minOverall", 95),
                                Map.of("code", "GOOD", "minOverall", 85),
                                Map.of("code", "PASS", "minOverall", 85),
                                Map.of("code", "IMPROVE", "minOverall", 70),
                                Map.of("code", "URGENT", "minOverall", 0))));
        var bands = ProvinceDashboards.bands(framework);
        assertThat(bands)
                .extracting(Dashboard.Band::min)
                .extracting(BigDecimal::intValue)
                .containsExactly(95, 85, 70, 0);
        assertThat(ProvinceDashboards.band(bands, new BigDecimal("95.00"))).isZero();
        assertThat(ProvinceDashboards.band(bands, new BigDecimal("84.99"))).isEqualTo(2);
        assertThat(ProvinceDashboards.band(bands, new BigDecimal("12"))).isEqualTo(3);
        assertThat(ProvinceDashboards.band(bands, null)).isEqualTo(-1);
    }

    @Test
    void csvHasABomQuotesWhatNeedsItAndSaysWhenItIsSynthetic() {
        Spreadsheet sheet = new Spreadsheet(
                "t",
                "ข้อมูลสังเคราะห์ (ไม่ใช่ผลจริง)",
                List.of("ชื่อ", "คะแนน"),
                List.of(List.of("เทศบาล, \"ตำบล\"", new BigDecimal("86.33"))));
        String csv = new String(sheet.csv(), StandardCharsets.UTF_8);
        assertThat(csv)
                .isEqualTo(
                        "\uFEFFdataset,ชื่อ,คะแนน\r\nข้อมูลสังเคราะห์ (ไม่ใช่ผลจริง),\"เทศบาล, \"\"ตำบล\"\"\",86.33\r\n");
        byte[] xlsx = sheet.xlsx();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void theHistogramsBarsAreSharesOfEachGroup() {
        Map<String, Object> province = Map.of(
                "n",
                4,
                "median",
                85,
                "histogram",
                List.of(Map.of("from", 70, "to", 80, "count", 2), Map.of("from", 80, "to", 90, "count", 2)));
        Map<String, Object> nation = Map.of(
                "n",
                100,
                "median",
                82,
                "histogram",
                List.of(Map.of("from", 70, "to", 80, "count", 25), Map.of("from", 80, "to", 90, "count", 75)));
        Charts.Histogram h = Charts.histogram(province, nation);
        assertThat(h.bins()).hasSize(2);
        // the nation's 75 % is the tallest bar; the province's 50 % two thirds of it
        assertThat(h.bins().get(1).nationH()).isEqualTo(Charts.PLOT_H);
        assertThat(h.bins().get(0).provinceH()).isEqualTo(Math.round(Charts.PLOT_H * 0.5 / 0.75));
        assertThat(h.provinceMedian().x()).isGreaterThan(h.nationalMedian().x());
    }

    @Test
    void aNationalBenchmarkWithheldForItsSmallSizeStillDrawsTheProvince() {
        Map<String, Object> province = Map.of(
                "n",
                2,
                "median",
                85,
                "histogram",
                List.of(Map.of("from", 70, "to", 80, "count", 1), Map.of("from", 80, "to", 90, "count", 1)));
        // what analytics answers a provincial officer for a nation of 3: n only
        Map<String, Object> nation = new HashMap<>(Map.of("n", 3, "histogram", List.of(), "suppressed", true));
        nation.put("median", null);
        Charts.Histogram h = Charts.histogram(province, nation);
        assertThat(h.bins()).hasSize(2);
        assertThat(h.bins()).allSatisfy(bin -> assertThat(bin.nationH()).isZero());
        assertThat(h.nationalMedian()).isNull();
        assertThat(h.provinceMedian()).isNotNull();
    }
}
