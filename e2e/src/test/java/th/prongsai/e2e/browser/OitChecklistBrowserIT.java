package th.prongsai.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 16's journey in the browser: Tha Phae's officer opens the 2567 OIT checklist (the demo's list and answers),
 * answers an item with two URLs on a small web server of this test, is refused in Thai for a URL that is not http,
 * presses "check now", follows the progress and sees which items would fail and why; then the list for ITAS; and
 * the province's officer finds Tha Phae's readiness in the province's list.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OitChecklistBrowserIT {

    private static final String OIT = "/m/tha-phae/2567/oit";
    private static HttpServer site;
    private static String base;
    private final BrowserPlatform platform = BrowserPlatform.shared();

    @BeforeAll
    static void startTheMunicipalitysPages() throws IOException {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            boolean found = exchange.getRequestURI().getPath().equals("/structure");
            byte[] body = (found
                            ? "<html><body><h1>โครงสร้างเทศบาลตำบลท่าแพ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</h1></body></html>"
                            : "<html><body>ไม่พบหน้า</body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(found ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
        base = "http://127.0.0.1:" + site.getAddress().getPort();
    }

    @AfterAll
    static void stopThePages() {
        site.stop(0);
    }

    @Test
    @Order(1)
    void theOfficerOpensTheChecklistWithTheDemoAnswersAndTheDaysToTheItasWindow() {
        try (Browser officer = Browser.open(platform, getClass())) {
            officer.go(OIT).signIn("tha-phae.officer");
            assertThat(officer.path()).isEqualTo(OIT);
            String page = officer.mainText();
            assertThat(page)
                    .contains("รายการตรวจ OIT ปีงบประมาณ 2567", "ความพร้อม", "ช่วงส่ง URL ในระบบ ITAS")
                    .contains("o1", "โครงสร้าง", "o43")
                    .contains("9.1 ข้อมูลพื้นฐาน");
            assertThat(officer.all(By.cssSelector("li.oit-item"))).hasSizeGreaterThanOrEqualTo(40);
            officer.checkPage("1-checklist");
        }
    }

    @Test
    @Order(2)
    void theOfficerAnswersAnItemWithTwoUrlsAndIsRefusedInThaiForOneThatIsNotHttp() {
        try (Browser officer = Browser.open(platform, getClass())) {
            officer.go(OIT + "/items/o3").signIn("tha-phae.officer");
            officer.click(By.cssSelector("input[name=hasData][value=true]"));
            officer.type(By.id("urls"), "ftp://thaphae.example/duties");
            officer.press(By.cssSelector("main form button[type=submit]"));
            assertThat(officer.mainText()).contains("URL ต้องขึ้นต้นด้วย https:// หรือ http://");
            assertThat(officer.find(By.id("urls")).getAttribute("value")).isEqualTo("ftp://thaphae.example/duties");
            officer.checkPage("2-refused");

            officer.find(By.id("urls")).clear();
            officer.type(By.id("urls"), base + "/structure\n" + base + "/moved-away");
            officer.type(By.id("explanation"), "เมนู ข้อมูลพื้นฐาน > อำนาจหน้าที่");
            Select department = new Select(officer.find(By.id("departmentId")));
            department.selectByIndex(1);
            officer.press(By.cssSelector("main form button[type=submit]"));
            assertThat(officer.path()).as("back at the item in the checklist").isEqualTo(OIT + "#item-o3");
            assertThat(officer.pageText()).contains("บันทึกคำตอบแล้ว");
            String item = officer.find(By.id("item-o3")).getText();
            assertThat(item).contains("มี", base + "/structure", base + "/moved-away", "ยังไม่ได้ตรวจ");
            assertThat(item).contains("เมนู ข้อมูลพื้นฐาน > อำนาจหน้าที่");
        }
    }

    @Test
    @Order(3)
    void checkNowShowsItsProgressAndThenWhichItemsWouldFailAndWhy() {
        try (Browser officer = Browser.open(platform, getClass())) {
            officer.go(OIT).signIn("tha-phae.officer");
            officer.press(By.id("check-now"));
            assertThat(officer.mainText()).contains("ตรวจลิงก์");
            officer.waitUntil(d -> {
                officer.go(OIT);
                return officer.find(By.id("check-progress")).getText().contains("เสร็จเมื่อ");
            });
            String item = officer.find(By.id("item-o3")).getText();
            assertThat(item).as("the live page").contains("เปิดได้");
            assertThat(item).as("the test server is not the registry's website").contains("ไม่อยู่บนเว็บไซต์หลัก");
            assertThat(item).as("the dead page").contains("HTTP 404");
            assertThat(officer.find(By.id("item-o1")).getText())
                    .as("a demo address that never resolves")
                    .doesNotContain("ยังไม่ได้ตรวจ")
                    .doesNotContain("เปิดได้");
            assertThat(officer.find(By.id("readiness")).getText()).contains("เปิดไม่ได้");
            officer.checkPage("3-checked");
        }
    }

    @Test
    @Order(4)
    void theListForItasHasEachUrlWithItsExplanationAndComesAsCsvForExcel() {
        try (Browser officer = Browser.open(platform, getClass())) {
            officer.go(OIT + "/itas").signIn("tha-phae.officer");
            String page = officer.mainText();
            assertThat(page).contains("รายการ OIT สำหรับกรอกในระบบ ITAS", base + "/structure", "อำนาจหน้าที่");
            officer.checkPage("4-itas");
            Object csv = ((JavascriptExecutor) officer.driver())
                    .executeAsyncScript(
                            "const done = arguments[arguments.length - 1];"
                                    + "fetch(arguments[0]).then(r => r.arrayBuffer())"
                                    + ".then(b => done(Array.from(new Uint8Array(b)).slice(0, 3).join(',') + '|'"
                                    + " + new TextDecoder().decode(b)))",
                            OIT + "/itas.csv");
            String text = String.valueOf(csv);
            assertThat(text).as("a UTF-8 BOM, so Excel shows Thai").startsWith("239,187,191|");
            assertThat(text).contains(base + "/structure", "o3");
        }
    }

    @Test
    @Order(5)
    void theProvinceSeesThaPhaesReadinessInItsListAndOpensTheChecklistFromIt() {
        String list = "/province/oit?province=80&fy=2567";
        try (Browser province = Browser.open(platform, getClass())) {
            province.go(list).signIn("province.nakhon-si-thammarat");
            // the answers and the check reach analytics through the outbox and the event stream
            province.waitUntil(d -> {
                province.go(list);
                String row = province.find(By.id("oit-readiness")).getText();
                return row.contains("เทศบาลตำบลท่าแพ") && row.contains("/43");
            });
            assertThat(province.mainText()).contains("ความพร้อม OIT");
            province.checkPage("5-province");
            province.click(By.cssSelector("#oit-readiness a[href='" + OIT + "']"));
            assertThat(province.path()).isEqualTo(OIT);
            assertThat(province.mainText()).contains("รายการตรวจ OIT ปีงบประมาณ 2567", "บัญชีของท่านดูรายการนี้ได้");
        }
    }

    @Test
    @Order(6)
    void theNationalAdministratorEntersAYearsListFromThePreviousYearsAndIsRefusedALineInThaiFirst() {
        try (Browser admin = Browser.open(platform, getClass())) {
            admin.go("/national/frameworks/2565").signIn("admin");
            assertThat(admin.mainText()).contains("ปีนี้ยังไม่มีรายการ OIT");
            admin.click(By.id("oit-start"));
            assertThat(admin.path()).isEqualTo("/national/frameworks/2565/oit?from=2564");
            String list = admin.find(By.id("items")).getAttribute("value");
            assertThat(list.lines()).hasSize(43).first().asString().startsWith("o1\t9.1\t");
            assertThat(admin.find(By.id("opens")).getAttribute("value")).isEqualTo("2022-03-01");
            JavascriptExecutor js = (JavascriptExecutor) admin.driver();
            // a spreadsheet pasted with a wrong sub-indicator on its first line (a textarea takes no typed tab)
            js.executeScript(
                    "arguments[0].value = arguments[1]",
                    admin.find(By.id("items")),
                    list.replaceFirst("\t9\\.1\t", "\t9.9\t"));
            admin.press(By.cssSelector("main form button[type=submit]"));
            assertThat(admin.mainText()).contains("บรรทัดที่ 1", "ไม่ใช่ตัวชี้วัดย่อยของแบบวัด OIT");
            admin.checkPage("6-oit-list-refused");

            js.executeScript("arguments[0].value = arguments[1]", admin.find(By.id("items")), list);
            admin.type(By.id("note"), "ยกมาจากรายการปี 2564 ยังไม่ยืนยัน");
            admin.press(By.cssSelector("main form button[type=submit]"));
            assertThat(admin.path()).isEqualTo("/national/frameworks/2565#oit");
            assertThat(admin.pageText()).contains("บันทึกรายการ OIT แล้ว");
            assertThat(admin.mainText())
                    .contains("รายการ OIT ปีงบประมาณ 2565 (43 ข้อ)", "ยกมาจากรายการปี 2564 ยังไม่ยืนยัน");
            admin.checkPage("7-oit-list-saved");
        }
    }
}
