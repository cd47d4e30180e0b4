package th.prongsai.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The fiscal-year home, the scores form, the report page and the public page, as an officer and a citizen use
 * them. tha-phae's 2568 home shows 2567's weak indicators; tak-bai's 2566 and 2567 scores are entered here;
 * tha-phae's 2567 report is published through the API at the end of its own test.
 */
class YearPagesBrowserIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> INDICATORS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    private static final List<String> TAK_BAI_2567 =
            List.of("91.20", "86.45", "90.10", "84.30", "88.00", "92.75", "87.60", "83.90", "79.50", "72.25");

    private final BrowserPlatform platform = BrowserPlatform.shared();
    private Browser browser;

    @BeforeEach
    void open() {
        browser = Browser.open(platform, getClass());
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theHomeOf2568ShowsThe2567IndicatorsToImproveWithALinkToAddAMeasure() {
        browser.go("/m/tha-phae/2568").signIn("tha-phae.officer");
        assertThat(browser.path()).isEqualTo("/m/tha-phae/2568");

        WebElement chart = browser.find(By.cssSelector("svg.chart[role=img]"));
        assertThat(chart.getAttribute("aria-labelledby")).isEqualTo("chart-title chart-desc");
        assertThat(browser.find(By.id("chart-title")).getAttribute("textContent"))
                .contains("2567", "85");
        WebElement table = browser.find(By.id("score-table"));
        String row10 = table.findElement(By.xpath(".//tr[th[contains(., 'ตัวชี้วัดที่ 10')]]"))
                .getText();
        assertThat(row10).contains("43.34", "ไม่ผ่าน", "ลดลง");
        String row8 = table.findElement(By.xpath(".//tr[th[contains(., 'ตัวชี้วัดที่ 8')]]"))
                .getText();
        assertThat(row8).contains("65.20", "−3.70", "ลดลง");
        assertThat(browser.mainText()).contains("68.50", "ต้องปรับปรุงโดยด่วน", "53.46");

        WebElement weakest = browser.find(By.cssSelector(".home-focus > li"));
        assertThat(weakest.getText()).contains("ตัวชี้วัดที่ 10", "43.34", "ยังไม่มีมาตรการสำหรับตัวชี้วัดนี้");
        WebElement add = weakest.findElement(By.partialLinkText("เพิ่มมาตรการสำหรับตัวชี้วัดนี้"));
        assertThat(add.getAttribute("href")).endsWith("/m/tha-phae/2568/measures/new?indicator=10");
        assertThat(browser.find(By.id("uncovered")).getText()).contains("10");
        assertThat(browser.find(By.cssSelector(".home-next")).getText()).contains("เพิ่มมาตรการ");
        browser.checkPage("home-2568");

        browser.go("/m/tha-phae/2567");
        assertThat(browser.mainText())
                .as("2567's home: 2566's scores and the measures aimed at them")
                .contains("ผลคะแนน ITA ปีงบประมาณ 2566", "74.74", "มาตรการที่ 1");
        WebElement measure = browser.find(
                By.xpath(
                        "//ol[@class='home-focus']//a[starts-with(normalize-space(.), 'มาตรการที่ 1 กิจกรรมปรับปรุงกระบวนการ')]"));
        assertThat(measure.getAttribute("href")).matches(".*/m/tha-phae/2567/measures/\\d+/edit");
        assertThat(browser.find(By.cssSelector(".home-status")).getText()).contains("ดำเนินการแล้ว");
        browser.checkPage("home-2567");
    }

    @Test
    void scoresWithAWrongValueAreShownAgainWithTheErrorThenSavedWithTheComputedFigures() {
        browser.go("/m/tak-bai/2568").signIn("tak-bai.officer");
        assertThat(browser.mainText()).contains("ยังไม่มีผลคะแนน ITA ของปีงบประมาณ 2567");
        browser.click(By.linkText("บันทึกคะแนน ITA ปีงบประมาณ 2567"));
        assertThat(browser.path()).isEqualTo("/m/tak-bai/2567/scores");
        assertThat(browser.find(By.cssSelector("label[for='indicators.1']")).getText())
                .contains("การปฏิบัติหน้าที่");
        assertThat(browser.find(By.id("indicators.1")).getAttribute("inputmode"))
                .isEqualTo("decimal");
        browser.checkPage("scores-empty");

        for (int i = 0; i < INDICATORS.size(); i++) {
            browser.type(By.id("indicators." + INDICATORS.get(i)), i == 2 ? "๙o.1" : TAK_BAI_2567.get(i));
        }
        browser.type(By.id("publishedOverall"), "86.73");
        browser.press(By.cssSelector("form.scores-form button[type=submit]"));

        assertThat(browser.find(By.cssSelector(".error-summary")).getText())
                .contains("ตัวชี้วัดที่ 3", "กรอกเป็นตัวเลข");
        WebElement field = browser.find(By.id("indicators.3"));
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("aria-describedby")).isEqualTo("indicators.3-error");
        assertThat(browser.find(By.id("indicators.3-error")).getText()).isEqualTo("กรอกเป็นตัวเลข เช่น 82.50");
        assertThat(field.getAttribute("value")).as("what was typed is kept").isEqualTo("๙o.1");
        assertThat(browser.find(By.id("indicators.10")).getAttribute("value")).isEqualTo("72.25");
        assertThat(browser.find(By.id("publishedOverall")).getAttribute("value"))
                .isEqualTo("86.73");
        browser.checkPage("scores-error");

        browser.type(By.id("indicators.3"), "๙0.10");
        browser.press(By.cssSelector("form.scores-form button[type=submit]"));
        assertThat(browser.pageText()).contains("บันทึกคะแนนเรียบร้อยแล้ว");
        String computed = browser.find(By.id("computed")).getText();
        assertThat(computed)
                .as("Thai digits were read as meant; every figure is the API's")
                .contains(
                        "ผลที่ระบบคำนวณ",
                        "90.10",
                        "IIT",
                        "88.01",
                        "EIT",
                        "88.08",
                        "OIT",
                        "75.88",
                        "83.18",
                        "ต้องปรับปรุง");
        assertThat(browser.find(By.id("mismatches")).getText()).contains("86.73", "83.18");
        browser.checkPage("scores-saved");

        browser.go("/m/tak-bai/2568");
        assertThat(browser.find(By.cssSelector(".home-focus")).getText())
                .as("the home now has an analysis")
                .contains("ตัวชี้วัดที่ 10", "72.25");
    }

    @Test
    void aStaleSaveSaysSomeoneElseChangedTheScoresAndKeepsWhatWasTyped() {
        String officer = platform.api().token("tak-bai.officer");
        Map<String, Object> scores = Map.of(
                "indicators",
                Map.of("1", 80, "2", 80, "3", 80, "4", 80, "5", 80, "6", 80, "7", 80, "8", 80, "9", 80, "10", 80));
        Api.Answer first = platform.api().call("PUT", "/t/tak-bai/api/fiscal-years/2566/scores", officer, scores);
        assertThat(first.status()).as(first.text()).isEqualTo(200);

        browser.go("/m/tak-bai/2566/scores").signIn("tak-bai.officer");
        assertThat(browser.find(By.id("indicators.1")).getAttribute("value")).isEqualTo("80.00");

        // someone else saves meanwhile
        JsonNode stored = platform.api()
                .get("/t/tak-bai/api/fiscal-years/2566/scores", officer)
                .body();
        Map<String, Object> other = Map.of(
                "indicators",
                Map.of("1", 70, "2", 80, "3", 80, "4", 80, "5", 80, "6", 80, "7", 80, "8", 80, "9", 80, "10", 80),
                "version",
                stored.get("version").asLong());
        assertThat(platform.api()
                        .call("PUT", "/t/tak-bai/api/fiscal-years/2566/scores", officer, other)
                        .status())
                .isEqualTo(200);

        browser.type(By.id("indicators.1"), "95.55");
        browser.press(By.cssSelector("form.scores-form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText()).contains("มีผู้อื่นแก้ไขคะแนน");
        assertThat(browser.find(By.id("indicators.1")).getAttribute("value")).isEqualTo("95.55");
        assertThat(browser.find(By.id("indicators.1-stored")).getText()).contains("70.00");
        browser.checkPage("scores-conflict");

        browser.press(By.cssSelector("form.scores-form button[type=submit]"));
        assertThat(browser.pageText())
                .as("a second save, knowingly, replaces the other")
                .contains("บันทึกคะแนนเรียบร้อยแล้ว");
        assertThat(browser.find(By.id("indicators.1")).getAttribute("value")).isEqualTo("95.55");
    }

    @Test
    void theReportPageShowsThePreviewTheChecksAndDownloadsAPdf() throws Exception {
        browser.go("/m/tha-phae/2567/report").signIn("tha-phae.officer");
        assertThat(browser.find(By.id("template")).getAttribute("value")).isEqualTo("tha-phae-2567");
        WebElement frame = browser.find(By.cssSelector("iframe.preview"));
        assertThat(frame.getAttribute("title")).contains("2567");
        browser.driver().switchTo().frame(frame);
        browser.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("มาตรการ"));
        browser.driver().switchTo().defaultContent();
        assertThat(browser.find(By.id("checks-title")).getText()).contains("ตรวจสอบ");
        assertThat(browser.mainText()).contains("ลำดับการพิจารณา", "หัวหน้าสำนักปลัด");
        browser.checkPage("report-2567");

        String pdf = browser.find(By.partialLinkText("PDF")).getAttribute("href");
        HttpResponse<byte[]> download = HTTP.send(
                HttpRequest.newBuilder(URI.create(pdf))
                        .header("Cookie", browser.sessionCookie())
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("content-type").orElse("")).startsWith("application/pdf");
        assertThat(download.headers().firstValue("content-disposition").orElse(""))
                .startsWith("attachment");
        assertThat(new String(download.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        HttpResponse<String> preview = HTTP.send(
                HttpRequest.newBuilder(URI.create(frame.getAttribute("src")))
                        .header("Cookie", browser.sessionCookie())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(preview.headers().firstValue("content-security-policy").orElse(""))
                .as("the preview's own policy, not the pages'")
                .contains("style-src 'unsafe-inline'", "sandbox");

        // the download link while it runs: the busy message is announced, then the file is handed over
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "window.__busy = [];"
                                + "new MutationObserver(function(){ window.__busy.push(document.getElementById('download-status').textContent); })"
                                + ".observe(document.getElementById('download-status'), {childList: true, characterData: true, subtree: true});");
        browser.click(By.partialLinkText("PDF"));
        browser.waitUntil(d -> String.valueOf(((JavascriptExecutor) d).executeScript("return window.__busy.join('|')"))
                .contains("จัดทำเอกสารเสร็จแล้ว"));
        assertThat(String.valueOf(
                        ((JavascriptExecutor) browser.driver()).executeScript("return window.__busy.join('|')")))
                .contains("กำลังจัดทำเอกสาร");
    }

    @Test
    void submittingAReportWithBlockingChecksShowsTheFindingsInThai() {
        // trang 2567 has no measures and no other journey gives it any (ThaPhaeYearBrowserIT fills tha-phae's 2568)
        browser.go("/m/trang/2567/report").signIn("trang.officer");
        assertThat(browser.find(By.cssSelector(".report-findings")).getText()).contains("ต้องแก้ไข");
        ((JavascriptExecutor) browser.driver()).executeScript("window.confirm = function () { return true; };");
        browser.press(By.cssSelector("section[aria-labelledby=submit-title] button[type=submit]"));
        WebElement refused = browser.find(By.id("refused"));
        assertThat(refused.getText()).contains("เสนอรายงานไม่ได้", "ยังไม่มีมาตรการของปีงบประมาณ 2567");
        assertThat(refused.findElement(By.tagName("a")).getAttribute("href")).endsWith("/m/trang/2567/measures/new");
        browser.checkPage("report-refused");
    }

    @Test
    void aPublicPageWithoutPublishedReportsSaysSo() {
        browser.go("/public/tak-bai"); // no journey publishes tak-bai (ApprovalsAdminBrowserIT publishes trang)
        assertThat(browser.mainText()).contains("เทศบาลเมืองตากใบ", "ยังไม่มีรายงานที่เผยแพร่");
        browser.checkPage("public-empty");
    }

    @Test
    void afterPublishingThePublicPageListsVersionOneAndItsPdfNeedsNoSignIn() throws Exception {
        Api api = platform.api();
        String report = "/t/tha-phae/api/fiscal-years/2567/report/";
        Api.Answer submitted =
                api.call("POST", report + "submit", api.token("tha-phae.officer"), Map.of("template", "tha-phae-2567"));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        for (String approver : List.of("tha-phae.head", "tha-phae.clerk", "tha-phae.mayor")) {
            Api.Answer approved =
                    api.call("POST", report + "approve", api.token(approver), Map.of("comment", "เห็นชอบ"));
            assertThat(approved.status()).as(approver + ": " + approved.text()).isEqualTo(200);
        }
        Api.Answer published = api.call("POST", report + "publish", api.token("tha-phae.admin"), null);
        assertThat(published.status()).as(published.text()).isEqualTo(201);
        String sha = published.body().get("sha256").asString();

        browser.go("/public/tha-phae");
        assertThat(browser.mainText()).contains("เทศบาลตำบลท่าแพ", "ปีงบประมาณ 2567", "ฉบับที่ 1", sha);
        String pdf = browser.find(By.cssSelector("a[href$='/public/tha-phae/reports/2567/versions/1']"))
                .getAttribute("href");
        HttpResponse<byte[]> file = HTTP.send(
                HttpRequest.newBuilder(URI.create(pdf))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("content-type").orElse("")).startsWith("application/pdf");
        assertThat(file.headers().firstValue("etag").orElse("")).contains(sha);
        browser.checkPage("public-published");

        browser.go("/m/tha-phae/2567/report").signIn("tha-phae.officer");
        assertThat(browser.mainText()).contains("เผยแพร่แล้ว", "tha-phae.head", "เห็นชอบ", sha);
    }
}
