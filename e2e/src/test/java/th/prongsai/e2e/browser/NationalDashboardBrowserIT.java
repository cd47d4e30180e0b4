package th.prongsai.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The national administrator's console: the next year's framework started from 2568 (refused once, in Thai, with
 * what was typed kept; then saved and shown as tables), the national results import (a bad row refused by its line
 * with nothing stored, then a clean file), and the national dashboard on the real and the synthetic data, with its
 * CSV and XLSX downloads.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalDashboardBrowserIT {

    private static final String SYNTHETIC = "ข้อมูลสังเคราะห์ (ไม่ใช่ผลจริง)";
    private static final String HEADER =
            "fiscal_year,agency_code,name_th,type,province,i1,i2,i3,i4,i5,i6,i7,i8,i9,i10,overall\n";
    /** Real national results for 2567 and 2568 of agencies that are not tenants (DLA codes of our own). */
    private static final String CLEAN = HEADER
            + "2567,8230001,เทศบาลตำบลทดสอบหนึ่ง,SUBDISTRICT_MUNICIPALITY,23,88.10,90.20,91.00,86.50,87.00,89.40,90.10,85.20,84.00,80.00,\n"
            + "2567,8230002,องค์การบริหารส่วนตำบลทดสอบสอง,SAO,23,70.00,72.50,75.00,68.00,71.00,74.00,73.00,69.00,60.00,55.00,\n"
            + "2567,8920003,เทศบาลเมืองทดสอบสาม,TOWN_MUNICIPALITY,92,95.00,96.00,97.00,94.00,95.50,96.20,95.10,94.00,93.00,92.00,\n"
            + "2568,8230001,เทศบาลตำบลทดสอบหนึ่ง,SUBDISTRICT_MUNICIPALITY,23,90.10,91.20,92.00,88.50,89.00,90.40,91.10,87.20,86.00,84.00,\n"
            + "2568,8230002,องค์การบริหารส่วนตำบลทดสอบสอง,SAO,23,75.00,76.50,78.00,72.00,74.00,77.00,76.00,73.00,66.00,61.00,\n"
            + "2568,8920003,เทศบาลเมืองทดสอบสาม,TOWN_MUNICIPALITY,92,96.00,97.00,97.50,95.00,96.50,97.20,96.10,95.00,94.00,93.50,\n"
            + "2568,8960004,องค์การบริหารส่วนตำบลทดสอบสี่,SAO,96,86.00,87.00,88.00,85.00,86.50,88.20,87.10,86.00,85.00,84.50,\n";
    /** The same rows, but line 3 holds an impossible score: the whole file is refused. */
    private static final String BAD = CLEAN.replace(
            "2567,8230002,องค์การบริหารส่วนตำบลทดสอบสอง,SAO,23,70.00,72.50,75.00,68.00",
            "2567,8230002,องค์การบริหารส่วนตำบลทดสอบสอง,SAO,23,70.00,72.50,75.00,168.00");

    private final BrowserPlatform platform = BrowserPlatform.shared();
    private Browser browser;

    @BeforeEach
    void open() {
        browser = Browser.open(platform, getClass());
        browser.go("/signin");
        if (browser.all(By.id("username")).isEmpty()) {
            browser.go("/signin"); // a web that has only just started may answer its first page late
        }
        browser.signIn("admin");
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    @Order(1)
    void theAdminAddsThe2569FrameworkFrom2568RefusedOnceInThaiThenSavedAndShownAsTables() {
        browser.go("/national/frameworks");
        assertThat(browser.mainText()).contains("กรอบการประเมิน ITA", "2568");
        browser.checkPage("frameworks");
        browser.go("/national/frameworks/2568");
        assertThat(browser.mainText()).contains("IIT", "การปฏิบัติหน้าที่", "ผ่านดีเยี่ยม", "ต้องปรับปรุงโดยด่วน");
        browser.checkPage("framework-2568");

        browser.go("/national/frameworks");
        browser.click(By.cssSelector("main .actions a.button"));
        assertThat(browser.path()).isEqualTo("/national/frameworks/new?from=2568");
        assertThat(browser.find(By.id("fiscalYear")).getAttribute("value")).isEqualTo("2569");
        browser.checkPage("framework-new");

        // weights 25 + 30 + 40 = 95, and a renamed indicator that must survive the refusal
        browser.type(By.id("tools-0-weight"), "25");
        browser.type(By.id("tools-1-indicators-0-nameTh"), "คุณภาพการดำเนินงาน (ปรับปรุงปี 2569)");
        browser.press(By.cssSelector("form.fw-form button[type=submit]"));
        WebElement summary = browser.find(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("น้ำหนักของเครื่องมือรวมกันต้องเท่ากับ 100 พอดี", "95");
        assertThat(browser.find(By.id("tools-error")).getText()).contains("ต้องเท่ากับ 100");
        assertThat(browser.find(By.id("tools-0-weight")).getAttribute("value")).isEqualTo("25");
        assertThat(browser.find(By.id("tools-0-weight")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.find(By.id("tools-1-indicators-0-nameTh")).getAttribute("value"))
                .isEqualTo("คุณภาพการดำเนินงาน (ปรับปรุงปี 2569)");
        assertThat(platform.api().get("/api/frameworks/2569", token()).status())
                .as("nothing saved yet")
                .isEqualTo(404);
        browser.checkPage("framework-refused");

        browser.type(By.id("tools-0-weight"), "30");
        browser.press(By.cssSelector("form.fw-form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/national/frameworks/2569");
        assertThat(browser.pageText()).contains("เพิ่มกรอบการประเมินปีใหม่แล้ว");
        assertThat(browser.mainText())
                .contains("ปีงบประมาณ 2569", "คุณภาพการดำเนินงาน (ปรับปรุงปี 2569)", "ผ่านดีเยี่ยม");
        assertThat(browser.all(By.cssSelector("main table caption"))).hasSize(3);
        Api.Answer saved = platform.api().get("/api/frameworks/2569", token());
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()
                        .path("tools")
                        .get(1)
                        .path("indicators")
                        .get(0)
                        .path("nameTh")
                        .asString())
                .isEqualTo("คุณภาพการดำเนินงาน (ปรับปรุงปี 2569)");
        browser.checkPage("framework-2569");
    }

    @Test
    @Order(2)
    void aFileWithABadRowIsRefusedByLineWithNothingStoredThenACleanOneIsImported() throws IOException {
        browser.go("/national/imports");
        browser.checkPage("imports");

        upload(BAD, "bad.csv");
        WebElement errors = browser.find(By.id("import-errors"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText())
                .contains("ไม่ได้นำเข้าไฟล์นี้", "ยังไม่ได้บันทึกข้อมูลใด");
        List<WebElement> rows = errors.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().getText()).contains("3", "i4", "ต้องอยู่ระหว่าง 0 ถึง 100");
        // the API's rule: one bad row refuses the file, so not even the good rows are there
        assertThat(platform.api()
                        .get("/api/analytics/agencies/8230001/2567", token())
                        .status())
                .isEqualTo(404);
        browser.checkPage("import-refused");

        upload(CLEAN, "national-2568.csv");
        assertThat(browser.path()).isEqualTo("/national/imports");
        String summary = browser.find(By.cssSelector(".imp-summary")).getText();
        assertThat(summary).contains("national-2568.csv", "จำนวนแถวในไฟล์", "7");
        assertThat(platform.api()
                        .get("/api/analytics/agencies/8230001/2568", token())
                        .status())
                .isEqualTo(200);
        browser.checkPage("import-done");
    }

    @Test
    @Order(3)
    void theDashboardShowsTheRealDataAndTheSyntheticDataLabelledOnEveryChartAndTable() {
        importThroughTheApi(CLEAN); // no change when the previous journey ran; the data when it ran alone
        browser.go("/national/dashboard");
        assertThat(browser.path()).isEqualTo("/national/dashboard/2568");
        String real = browser.mainText();
        assertThat(real)
                .contains("สถิติระดับประเทศ ปีงบประมาณ 2568", "เป้าหมาย", "ตราด", "ความสัมพันธ์ ไม่ใช่เหตุและผล")
                .doesNotContain(SYNTHETIC);
        assertThat(browser.all(By.cssSelector("main svg.chart"))).hasSize(3);
        browser.checkPage("dashboard-2568-real");

        Api.Answer generated = platform.api().call("POST", "/api/analytics/synthetic?seed=42", token(), null);
        assertThat(generated.status()).as(generated.text()).isEqualTo(200);
        browser.click(By.cssSelector(".dash-switch a[href*='dataset=synthetic']"));
        assertThat(browser.path()).isEqualTo("/national/dashboard/2568?dataset=synthetic");
        List<WebElement> labelled = browser.all(By.cssSelector("main figcaption, main table caption, main svg title"));
        assertThat(labelled).hasSizeGreaterThanOrEqualTo(8);
        for (WebElement caption : labelled) {
            String text =
                    caption.getTagName().equals("title") ? caption.getAttribute("textContent") : caption.getText();
            assertThat(text)
                    .as("every chart and table of the synthetic data says so")
                    .contains(SYNTHETIC);
        }
        assertThat(browser.find(By.cssSelector(".dash-synthetic")).getText()).contains(SYNTHETIC);
        browser.checkPage("dashboard-2568-synthetic");
    }

    @Test
    @Order(4)
    void eachTableDownloadsAsCsvAndXlsx() throws Exception {
        importThroughTheApi(CLEAN);
        browser.go("/national/dashboard/2568");
        String csv = browser.find(By.cssSelector("a[href$='/national/dashboard/2568/provinces.csv']"))
                .getAttribute("href");
        String xlsx = browser.find(By.cssSelector("a[href$='/national/dashboard/2568/provinces.xlsx']"))
                .getAttribute("href");

        HttpResponse<byte[]> csvFile = download(csv);
        assertThat(csvFile.statusCode()).isEqualTo(200);
        assertThat(csvFile.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        String text = new String(csvFile.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("dataset,fiscal_year,indicator,scope", "real,2568,overall,province:23");

        HttpResponse<byte[]> workbook = download(xlsx);
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("content-type").orElse(""))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(workbook.body().length).isGreaterThan(100);
        assertThat(new String(workbook.body(), 0, 2, StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");

        HttpResponse<byte[]> effects = download(platform.url() + "/national/dashboard/2568/effects.csv");
        assertThat(effects.statusCode()).isEqualTo(200);
        assertThat(new String(effects.body(), StandardCharsets.UTF_8)).contains("association, not causation");
    }

    private void upload(String csv, String name) throws IOException {
        Path file = Files.createTempDirectory("national-import").resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.press(By.cssSelector("main form button[type=submit]"));
    }

    private String token() {
        return platform.api().token("admin");
    }

    private void importThroughTheApi(String csv) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create(platform.url() + "/api/analytics/imports/national-results"))
                                    .header("authorization", "Bearer " + token())
                                    .header("content-type", "text/csv")
                                    .timeout(Duration.ofSeconds(60))
                                    .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A plain HTTP GET as the signed-in browser (its session cookie), as a download link would be followed. */
    private HttpResponse<byte[]> download(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("cookie", browser.sessionCookie())
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
