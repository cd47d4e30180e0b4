package th.prongsai.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The national console: bulk onboarding from a registry file (preview by line, fix, start, progress to the end,
 * a reload mid-way), one municipality by form, suspend and activate, a provincial officer added. Works only with
 * codes starting {@code bulk-} and {@code test-}.
 */
class NationalConsoleBrowserIT {

    /** Real province codes and their DLA-style prefixes; rows cycle through them. */
    private static final List<String> PROVINCES = List.of("10", "23", "50", "57", "83", "90", "92", "96");

    private static final String HEADER = "code,nameTh,nameEn,type,province,district,dlaCode,website\n";

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

    /** 200 registry rows bulk-0001…bulk-0200; the rows in {@code bad} carry one mistake each. */
    static String registry(Set<Integer> bad) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER);
        for (int i = 1; i <= 200; i++) {
            String province = PROVINCES.get(i % PROVINCES.size());
            String code = "bulk-%04d".formatted(i);
            String type = i % 10 == 0 ? "เทศบาลตำบล" : "SAO";
            String dla = province + "%05d".formatted(i);
            if (bad.contains(i)) {
                switch (i % 3) {
                    case 0 -> province = "99";
                    case 1 -> type = "หมู่บ้าน";
                    default -> dla = "12AB";
                }
            }
            csv.append(code)
                    .append(",องค์การบริหารส่วนตำบลทดสอบที่ ")
                    .append(i)
                    .append(",Test SAO ")
                    .append(i)
                    .append(',')
                    .append(type)
                    .append(',')
                    .append(province)
                    .append(",อำเภอทดสอบ,")
                    .append(dla)
                    .append(",https://")
                    .append(code)
                    .append(".go.th\n");
        }
        return csv.toString();
    }

    long tenantsNamed(String q) {
        Api api = platform.api();
        return api.get("/api/tenants?size=1&q=" + q, api.token("admin"))
                .body()
                .get("total")
                .asLong();
    }

    void upload(Path file) {
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.press(By.cssSelector("main form[enctype] button[type=submit]"));
        browser.waitUntil(d -> browser.path().startsWith("/national/onboarding/preview")
                && "complete".equals(browser.driver().executeScript("return document.readyState"))
                && !d.findElements(By.cssSelector(".national-figures")).isEmpty());
    }

    @Test
    void theAdminBulkOnboards200RowsAfterFixingTheThreeBadOnes() throws IOException {
        Path dir = Files.createTempDirectory("registry");
        Path badFile = dir.resolve("registry-bad.csv");
        Files.writeString(badFile, registry(Set.of(10, 50, 102)), StandardCharsets.UTF_8);
        Path goodFile = dir.resolve("registry.csv");
        Files.writeString(goodFile, registry(Set.of()), StandardCharsets.UTF_8);

        browser.go("/signin").signIn("admin");
        browser.go("/national/onboarding");
        assertThat(browser.mainText()).contains("ขึ้นทะเบียนหน่วยงานจากไฟล์");
        browser.checkPage("onboarding");

        upload(badFile);
        List<String> lines = browser.all(By.cssSelector("#preview-errors tbody th")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(lines).as("every bad row by its line (the header is line 1)").containsExactly("11", "51", "103");
        assertThat(browser.mainText())
                .contains("ไฟล์มี 3 จุดที่ต้องแก้ไข", "ยังไม่ได้สร้างหน่วยงานใด", "จังหวัด", "ประเภท");
        assertThat(browser.all(By.cssSelector("form[action='/national/onboarding/start']")))
                .as("no start with errors")
                .isEmpty();
        assertThat(tenantsNamed("bulk-")).as("a preview creates nothing").isZero();
        browser.checkPage("onboarding-preview-errors");

        upload(goodFile);
        assertThat(browser.mainText()).contains("ไฟล์ถูกต้องทุกบรรทัด พร้อมขึ้นทะเบียน 200 แห่ง");
        browser.checkPage("onboarding-preview-clean");
        browser.press(By.cssSelector("form[action='/national/onboarding/start'] button"));
        assertThat(browser.path()).matches("/national/onboarding/\\d+");

        int before = Integer.parseInt(browser.find(By.id("job-bar")).getAttribute("value"));
        browser.driver().navigate().refresh();
        WebElement bar = browser.find(By.id("job-bar"));
        assertThat(bar.getAttribute("max")).isEqualTo("200");
        assertThat(Integer.parseInt(bar.getAttribute("value")))
                .as("the progress is the job's, not the page's")
                .isGreaterThanOrEqualTo(before);
        browser.checkPage("job-running");

        // htmx polls the progress every second until the job is done; the summary then replaces the bar's hints
        new WebDriverWait(browser.driver(), Duration.ofMinutes(4))
                .until(d -> !d.findElements(By.id("summary-created")).isEmpty());
        assertThat(browser.find(By.id("summary-created")).getText()).isEqualTo("200");
        assertThat(browser.find(By.id("summary-failed")).getText()).isEqualTo("0");
        assertThat(browser.find(By.id("job-bar")).getAttribute("value")).isEqualTo("200");
        assertThat(browser.mainText()).contains("เสร็จสิ้น", "ดำเนินการแล้ว 200 จาก 200 แห่ง");
        assertThat(tenantsNamed("bulk-")).isEqualTo(200);
        browser.checkPage("job-done");

        browser.go("/national");
        assertThat(browser.mainText()).contains("งานขึ้นทะเบียนล่าสุด", "200 จาก 200");
        browser.checkPage("home");
    }

    @Test
    void theAdminOnboardsOneByFormThenSuspendsAndActivatesIt() {
        browser.go("/signin").signIn("admin");
        browser.go("/national/tenants/new");
        browser.checkPage("tenant-new");
        browser.type(By.id("code"), "test-national-form")
                .type(By.id("nameTh"), "เทศบาลตำบลทดสอบคอนโซล")
                .type(By.id("nameEn"), "Console Test Subdistrict Municipality")
                .type(By.id("dlaCode"), "5023101");
        new Select(browser.find(By.id("type"))).selectByValue("SUBDISTRICT_MUNICIPALITY");
        browser.press(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText()).contains("จังหวัด", "กรุณาเลือกจังหวัด");
        assertThat(browser.find(By.id("province")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id("code")).getAttribute("value"))
                .as("typed values kept")
                .isEqualTo("test-national-form");
        assertThat(browser.find(By.id("nameTh")).getAttribute("value")).isEqualTo("เทศบาลตำบลทดสอบคอนโซล");
        assertThat(new Select(browser.find(By.id("type")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("SUBDISTRICT_MUNICIPALITY");
        browser.checkPage("tenant-new-error");

        new Select(browser.find(By.id("province"))).selectByValue("50");
        browser.press(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/national/tenants/test-national-form");
        assertThat(browser.pageText())
                .contains("ขึ้นทะเบียนหน่วยงานและเตรียมระบบเรียบร้อยแล้ว", "เชียงใหม่", "5023101");
        assertThat(browser.find(By.id("tenant-status")).getText()).isEqualTo("ใช้งาน");
        browser.checkPage("tenant");

        browser.click(By.linkText("ระงับการใช้งานชั่วคราว"));
        assertThat(browser.path()).isEqualTo("/national/tenants/test-national-form/suspend");
        assertThat(browser.mainText()).contains("ยืนยันการระงับการใช้งาน เทศบาลตำบลทดสอบคอนโซล");
        browser.checkPage("tenant-confirm-suspend");
        browser.press(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.id("tenant-status")).getText()).isEqualTo("ระงับชั่วคราว");
        Api api = platform.api();
        assertThat(api.get("/api/tenants/test-national-form", api.token("admin"))
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("SUSPENDED");

        browser.click(By.linkText("เปิดใช้งานอีกครั้ง"));
        browser.press(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.id("tenant-status")).getText()).isEqualTo("ใช้งาน");
        assertThat(browser.pageText()).contains("เปิดใช้งานหน่วยงานอีกครั้งแล้ว");

        browser.go("/national/tenants?q=test-national&province=50");
        assertThat(browser.mainText()).contains("เทศบาลตำบลทดสอบคอนโซล", "พบ 1 แห่ง");
        browser.checkPage("tenants");
    }

    @Test
    void theAdminAddsAProvincialOfficer() {
        browser.go("/signin").signIn("admin");
        browser.go("/national/users");
        assertThat(browser.find(By.id("users")).getText())
                .contains("province.trat")
                .doesNotContain("trat.officer");
        browser.checkPage("users");
        browser.type(By.id("username"), "test-province.chiang-mai")
                .type(By.id("displayName"), "เจ้าหน้าที่ สถจ.เชียงใหม่")
                .type(By.id("password"), "เชียงใหม่-2568");
        browser.click(By.id("role-PROVINCIAL_OFFICER"));
        browser.press(By.cssSelector("form[action='/national/users'] button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText())
                .contains("กรุณาเลือกจังหวัดของเจ้าหน้าที่จังหวัด");
        assertThat(browser.find(By.id("username")).getAttribute("value")).isEqualTo("test-province.chiang-mai");
        browser.checkPage("users-error");

        browser.type(By.id("password"), "เชียงใหม่-2568");
        new Select(browser.find(By.id("province"))).selectByValue("50");
        browser.press(By.cssSelector("form[action='/national/users'] button[type=submit]"));
        assertThat(browser.pageText()).contains("เพิ่มผู้ใช้แล้ว");
        assertThat(browser.find(By.id("user-test-province.chiang-mai")).getText())
                .contains("เชียงใหม่", "ใช้งานได้");
        Api api = platform.api();
        var account = api.get("/api/users/test-province.chiang-mai", api.token("admin"))
                .body();
        assertThat(account.get("roles").get(0).asString()).isEqualTo("PROVINCIAL_OFFICER");
        assertThat(account.get("province").asString()).isEqualTo("50");
    }
}
