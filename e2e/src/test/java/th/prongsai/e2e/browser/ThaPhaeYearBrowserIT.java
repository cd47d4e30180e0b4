package th.prongsai.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole journey, in the browser, in Thai: Tha Phae's officer sees 2567's weak indicators in 2568, adds a
 * measure for one of them, fills it in, attaches a file, previews and submits the report; the head of office, the
 * clerk and the mayor approve in turn; the municipality's admin publishes; the public page offers that PDF to anyone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThaPhaeYearBrowserIT {

    private static final String YEAR = "/m/tha-phae/2568";
    private static final String TITLE = "เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์หลักของเทศบาล";
    private final BrowserPlatform platform = BrowserPlatform.shared();

    @Test
    @Order(1)
    void theOfficerSeesLastYearsWeakIndicatorsAndAddsAMeasureForOne() throws IOException {
        try (Browser officer = Browser.open(platform, getClass())) {
            officer.go("/").signIn("tha-phae.officer");
            assertThat(officer.path()).isEqualTo(YEAR);
            String home = officer.mainText();
            assertThat(home).contains("43.34", "65.20", "−3.70", "68.51");
            officer.checkPage("1-year-home");

            officer.click(By.cssSelector("a[href='" + YEAR + "/measures/new?indicator=10']"));
            officer.type(By.id("title"), TITLE).press(By.cssSelector("main form button[type=submit]"));
            assertThat(officer.path()).matches(YEAR + "/measures/\\d+/edit.*");

            new Select(officer.find(By.id("status"))).selectByValue("DONE");
            officer.type(
                    By.id("outputSummary"),
                    "เผยแพร่สรุปผลการจัดซื้อจัดจ้างประจำเดือนครบ 12 เดือน ภายในวันที่ 10 ของเดือนถัดไป");
            officer.type(By.id("outcome"), "ผู้รับบริการเข้าถึงข้อมูลการจัดซื้อจัดจ้างได้ครบถ้วน ตรงตามรายการ OIT");
            officer.press(By.id("save"));
            assertThat(officer.mainText()).contains(TITLE, "เผยแพร่สรุปผลการจัดซื้อจัดจ้างประจำเดือน");

            officer.go(officer.path().replaceAll("(/measures/\\d+).*", "$1") + "/edit");
            Path evidence = Files.createTempFile("หลักฐาน-", ".png");
            try (var png = ThaPhaeYearBrowserIT.class.getResourceAsStream("/evidence.png")) {
                Files.write(evidence, png.readAllBytes());
            }
            officer.find(By.id("file")).sendKeys(evidence.toString());
            officer.press(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"));
            officer.waitUntil(
                    d -> officer.mainText().contains(evidence.getFileName().toString()));
            officer.checkPage("2-measure-with-attachment");
        }
    }

    @Test
    @Order(2)
    void theOfficerPreviewsAndSubmitsTheReport() {
        try (Browser officer = Browser.open(platform, getClass())) {
            officer.go(YEAR + "/report").signIn("tha-phae.officer");
            assertThat(officer.path()).startsWith(YEAR + "/report");
            officer.driver().switchTo().frame(officer.find(By.cssSelector("iframe.preview")));
            officer.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains(TITLE));
            officer.driver().switchTo().defaultContent();
            officer.checkPage("3-report");

            officer.click(By.cssSelector("form[action$='/report/submit'] button[type=submit]"));
            officer.driver().switchTo().alert().accept();
            officer.waitUntil(d -> officer.mainText().contains("รอพิจารณา"));
            officer.checkPage("4-report-submitted");
        }
    }

    @Test
    @Order(3)
    void theHeadOfOfficeTheClerkAndTheMayorApproveInTurn() {
        for (String approver : new String[] {"head", "clerk", "mayor"}) {
            try (Browser browser = Browser.open(platform, getClass())) {
                browser.go("/m/tha-phae/approvals").signIn("tha-phae." + approver);
                assertThat(browser.mainText()).as(approver + "'s inbox").contains("2568");
                browser.click(By.cssSelector("a[href='" + YEAR + "/approval']"));
                browser.type(By.id("comment"), "เห็นชอบ (" + approver + ")")
                        .press(By.cssSelector("form[action$='/approval/approve'] button[type=submit]"));
                assertThat(browser.path()).isEqualTo("/m/tha-phae/approvals");
                if ("mayor".equals(approver)) {
                    browser.checkPage("5-inbox-after-the-mayor");
                }
            }
        }
    }

    @Test
    @Order(4)
    void theAdminPublishesAndThePublicPageOffersThatPdfWithoutSigningIn() throws Exception {
        String sha256;
        try (Browser admin = Browser.open(platform, getClass())) {
            admin.go(YEAR + "/publish").signIn("tha-phae.admin");
            admin.press(By.cssSelector("form[action='" + YEAR + "/publish'] button[type=submit]"));
            String page = admin.mainText();
            assertThat(page).contains("ฉบับที่ 1");
            assertThat(admin.find(By.id("public-url")).getAttribute("value")).endsWith("/public/tha-phae/reports/2568");
            assertThat(admin.all(By.cssSelector("main svg"))).as("the QR code").isNotEmpty();
            admin.checkPage("6-published");
            var matcher = java.util.regex.Pattern.compile("[0-9a-f]{64}").matcher(page);
            assertThat(matcher.find()).as("the SHA-256 is shown").isTrue();
            sha256 = matcher.group();
        }
        try (Browser citizen = Browser.open(platform, getClass())) {
            citizen.go("/public/tha-phae");
            assertThat(citizen.mainText()).contains("เทศบาลตำบลท่าแพ", "2568");
            citizen.checkPage("7-public-page");
            String pdfLink = citizen.find(By.cssSelector("a[href='/public/tha-phae/reports/2568']"))
                    .getAttribute("href");
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(pdfLink)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("content-type").orElse("")).startsWith("application/pdf");
            assertThat(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body())))
                    .as("the public URL serves exactly the published bytes")
                    .isEqualTo(sha256);
        }
    }
}
