package th.prongsai.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A provincial officer's dashboard: Trat's municipalities with their levels and report status, the filters that find
 * who is below 85 and who has not published, sorting, one municipality's page, the downloads, and the refusal of
 * another province. The data is what the platform has: trat (the platform municipality of province 23) gets its
 * 2567 and 2568 scores through the API first, 2568 below the pass mark.
 */
class ProvinceDashboardBrowserIT {

    private static final BrowserPlatform PLATFORM = BrowserPlatform.shared();
    private Browser browser;

    @BeforeAll
    static void scores() {
        Api api = PLATFORM.api();
        String officer = api.token("trat.officer");
        store(
                api,
                officer,
                2567,
                Map.of(
                        "1", 88.5, "2", 90.1, "3", 86.0, "4", 92.3, "5", 84.4, "6", 91.0, "7", 87.2, "8", 86.1, "9",
                        85.5, "10", 88.0));
        store(
                api,
                officer,
                2568,
                Map.of(
                        "1", 80.5, "2", 82.1, "3", 78.0, "4", 83.3, "5", 74.4, "6", 81.0, "7", 79.2, "8", 76.1, "9",
                        70.5, "10", 73.0));
        String province = api.token("province.trat");
        // analytics learns of the scores from report-service's events: wait until the ranking shows 2568's
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Api.Answer ranking = api.get("/api/analytics/rankings?fy=2568&province=23", province);
                    return ranking.status() == 200
                            && ranking.body().path("n").asInt() > 0
                            && ranking.body()
                                            .path("entries")
                                            .get(0)
                                            .path("overall")
                                            .asDouble()
                                    < 85;
                });
    }

    private static void store(Api api, String token, int fy, Map<String, Double> indicators) {
        Api.Answer existing = api.get("/t/trat/api/fiscal-years/" + fy + "/scores", token);
        Map<String, Object> body = existing.status() == 200
                ? Map.of(
                        "indicators",
                        indicators,
                        "version",
                        existing.body().path("version").asLong())
                : Map.of("indicators", indicators);
        Api.Answer stored = api.call("PUT", "/t/trat/api/fiscal-years/" + fy + "/scores", token, body);
        assertThat(stored.status())
                .as("scores of trat " + fy + ": " + stored.text())
                .isBetween(200, 201);
    }

    @BeforeEach
    void open() {
        browser = Browser.open(PLATFORM, getClass());
        browser.go("/signin").signIn("province.trat");
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theOfficerOpensTratsDashboardAndSeesEachMunicipalityWithItsLevelAndReportStatus() {
        browser.go("/province");
        assertThat(browser.path()).isEqualTo("/province/23/2568");
        String table = browser.find(By.id("agencies")).getText();
        assertThat(table).contains("เทศบาลเมืองตราด", "ต้องปรับปรุง", "ยังไม่เริ่มจัดทำ");
        // the heat map's cells carry their numbers, not only a colour
        assertThat(browser.all(By.cssSelector("#agencies td.heat")).stream()
                        .map(e -> e.getText())
                        .toList())
                .contains("70.50", "82.10");
        assertThat(browser.mainText()).contains("การกระจายของคะแนนรวม", "มัธยฐาน", "ติดตามรายงานผลมาตรการ");
        assertThat(browser.find(By.id("followup")).getText()).contains("เทศบาลเมืองตราด", "ยังไม่เริ่มจัดทำ");
        browser.checkPage("dashboard");
    }

    @Test
    void theFiltersFindThoseBelow85AndThoseWhoHaveNotPublished() {
        browser.go("/province/23/2568");
        browser.click(By.id("filter-below"));
        browser.press(By.cssSelector("form.province__filters button[type=submit]"));
        assertThat(browser.path()).contains("below=true");
        assertThat(browser.find(By.id("agencies")).getText()).contains("เทศบาลเมืองตราด");
        assertThat(browser.find(By.id("filter-below")).isSelected())
                .as("the filter is kept")
                .isTrue();
        browser.checkPage("below-85");

        browser.click(By.id("filter-below"));
        browser.click(By.id("filter-unpublished"));
        browser.press(By.cssSelector("form.province__filters button[type=submit]"));
        assertThat(browser.path()).contains("unpublished=true").doesNotContain("below=true");
        assertThat(browser.find(By.id("agencies")).getText()).contains("เทศบาลเมืองตราด", "ยังไม่เริ่มจัดทำ");

        // a level nobody has leaves an empty table that says so
        browser.go("/province/23/2568?level=EXCELLENT");
        assertThat(browser.mainText()).contains("ไม่มีหน่วยงานที่ตรงกับตัวกรอง");
    }

    @Test
    void theTableSortsByOverallOnTheServer() {
        browser.go("/province/23/2568");
        assertThat(browser.find(
                                By.xpath(
                                        "//table[@id='agencies']//th[.//a[contains(@href,'sort=overall') or normalize-space()='คะแนนรวม']]"))
                        .getAttribute("aria-sort"))
                .isEqualTo("descending");
        browser.press(By.xpath("//table[@id='agencies']//th//a[normalize-space()='คะแนนรวม']"));
        assertThat(browser.path()).contains("sort=overall").contains("dir=asc");
        assertThat(browser.find(By.xpath("//table[@id='agencies']//th[.//a[normalize-space()='คะแนนรวม']]"))
                        .getAttribute("aria-sort"))
                .isEqualTo("ascending");
        browser.press(By.xpath("//table[@id='agencies']//th//a[normalize-space()='หน่วยงาน']"));
        assertThat(browser.path()).contains("sort=name");
        assertThat(browser.find(By.id("agencies")).getText()).contains("เทศบาลเมืองตราด");
    }

    @Test
    void theOfficerOpensAMunicipalitysPage() {
        browser.go("/province/23/2568");
        browser.press(By.xpath("//table[@id='agencies']//a[normalize-space()='เทศบาลเมืองตราด']"));
        assertThat(browser.path()).isEqualTo("/province/23/2568/lao/trat");
        String main = browser.mainText();
        assertThat(main)
                .contains(
                        "เทศบาลเมืองตราด",
                        "ผลรายตัวชี้วัด",
                        "การเปิดเผยข้อมูล",
                        "70.50",
                        "ไม่ผ่าน",
                        "คะแนนรวมในแต่ละปี",
                        "2567",
                        "ในจังหวัด อันดับ 1 จาก 1",
                        "มาตรการ");
        assertThat(browser.all(By.cssSelector("main svg polyline")))
                .as("the trend is drawn")
                .hasSize(1);
        assertThat(browser.find(By.xpath("//main//a[contains(@href,'/m/trat/2568')]"))
                        .getText())
                .contains("2568");
        browser.checkPage("municipality");
    }

    @Test
    void everyTableDownloadsAsCsvAndXlsx() throws Exception {
        browser.go("/province/23/2568");
        String cookie = browser.sessionCookie();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String link : browser.all(By.cssSelector("main a[href*='/download/']")).stream()
                .map(a -> a.getAttribute("href"))
                .toList()) {
            HttpResponse<byte[]> file = http.send(
                    HttpRequest.newBuilder(URI.create(link))
                            .header("cookie", cookie)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).as(link).isEqualTo(200);
            assertThat(file.body()).as(link).isNotEmpty();
            String type = file.headers().firstValue("content-type").orElse("");
            if (link.contains(".xlsx")) {
                assertThat(type)
                        .as(link)
                        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                assertThat(new String(file.body(), 0, 2, StandardCharsets.ISO_8859_1))
                        .as(link + " is a ZIP (OOXML)")
                        .isEqualTo("PK");
            } else {
                assertThat(type).as(link).startsWith("text/csv");
                String text = new String(file.body(), StandardCharsets.UTF_8);
                assertThat(text).as(link + " starts with a BOM").startsWith("\uFEFF");
            }
        }
        HttpResponse<String> table = http.send(
                HttpRequest.newBuilder(URI.create(PLATFORM.url() + "/province/23/2568/download/agencies.csv"))
                        .header("cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(table.body()).contains("เทศบาลเมืองตราด", "70.50", "ต้องปรับปรุง");
        HttpResponse<byte[]> lao = http.send(
                HttpRequest.newBuilder(
                                URI.create(PLATFORM.url() + "/province/23/2568/lao/trat/download/scorecard.xlsx"))
                        .header("cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(lao.statusCode()).isEqualTo(200);
        assertThat(new String(lao.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void theSyntheticDatasetSaysSoOnEveryTableAndChart() {
        browser.go("/province/23/2568?dataset=synthetic");
        assertThat(browser.mainText()).contains("ข้อมูลสังเคราะห์ (ไม่ใช่ผลจริง)");
        assertThat(browser.find(By.cssSelector("svg title")).getAttribute("textContent"))
                .contains("ข้อมูลสังเคราะห์ (ไม่ใช่ผลจริง)");
        for (var caption : browser.all(By.cssSelector("main table caption"))) {
            assertThat(caption.getText()).contains("ข้อมูลสังเคราะห์ (ไม่ใช่ผลจริง)");
        }
        browser.checkPage("synthetic");
    }

    @Test
    void anotherProvincesDashboardIsRefusedInThai() {
        browser.go("/province/80/2568");
        assertThat(browser.mainText()).contains("ไม่มีสิทธิ์เข้าถึงหน้านี้");
        assertThat(browser.pageText()).doesNotContain("ท่าแพ");
        browser.checkPage("refused");
    }
}
