package th.prongsai.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trang's 2566 report up the approval chain in the browser (sent back once with a reason, resubmitted), published
 * by the municipality's admin with the address for ITAS, and the admin's other pages: report settings, templates,
 * users, the audit log; refusals in Thai for the wrong approver and for an officer on the admin pages.
 * The tests run in order: each starts from where the report was left by the one before.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApprovalsAdminBrowserIT {

    private static final String CODE = "trang";
    private static final int FY = 2566;
    private static final String YEAR = "/t/" + CODE + "/api/fiscal-years/" + FY;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BrowserPlatform platform = BrowserPlatform.shared();
    private static long editedMeasure;

    private Browser browser;

    /** What blocks the submission (ReportChecks: no outcome at all, a measure without its result) is filled first. */
    @BeforeAll
    static void submitTheReport() {
        Api api = platform.api();
        String officer = api.token("trang.officer");
        JsonNode checks = api.get(YEAR + "/report/checks", officer).body();
        for (JsonNode finding : checks.get("findings")) {
            if (!"BLOCKING".equals(finding.get("severity").asString())) {
                continue;
            }
            String code = finding.get("code").asString();
            JsonNode measures = api.get(YEAR + "/measures", officer).body();
            for (JsonNode m : measures) {
                boolean target = code.equals("NO_OUTCOMES")
                        ? !"NOT_DONE".equals(m.get("status").asString())
                        : code.equals("MEASURE_WITHOUT_RESULT")
                                && m.get("number").asInt()
                                        == finding.get("measureNumber").asInt();
                if (target) {
                    Map<String, Object> body = editable(m);
                    if (code.equals("NO_OUTCOMES")) {
                        body.put("outcome", "ประชาชนได้รับบริการตามขั้นตอนและระยะเวลาที่ประกาศไว้");
                    } else {
                        body.put("outputSummary", "ดำเนินการตามแผนครบทุกขั้นตอน");
                    }
                    Api.Answer saved =
                            api.call("PUT", YEAR + "/measures/" + m.get("id").asLong(), officer, body);
                    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
                    editedMeasure = m.get("id").asLong();
                    break;
                }
            }
        }
        assertThat(api.get(YEAR + "/report/checks", officer).body().get("ready").asBoolean())
                .isTrue();
        Api.Answer submitted = api.call("POST", YEAR + "/report/submit", officer, Map.of("template", "trang-2566"));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.body().get("nextApprover").asString()).isEqualTo("HEAD_OF_OFFICE");
    }

    @BeforeEach
    void open() {
        browser = Browser.open(platform, getClass());
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    @Order(1)
    void theHeadOfOfficeFindsTheReportInTheInboxAndApprovesWithAComment() throws Exception {
        browser.go("/signin").signIn("trang.head");
        browser.go("/m/trang/approvals");
        assertThat(browser.mainText()).contains("รายการรอพิจารณา", "ปีงบประมาณ 2566", "trang.officer");
        browser.checkPage("inbox");
        browser.click(By.cssSelector("a[href='/m/trang/2566/approval']"));
        browser.waitUntil(d -> browser.path().equals("/m/trang/2566/approval"));
        WebElement frame = browser.find(By.cssSelector("iframe.preview"));
        assertThat(frame.getAttribute("title")).contains("2566");
        assertThat(browser.mainText()).contains("เสนอรายงาน", "trang.officer", "หัวหน้าสำนักปลัด");
        browser.checkPage("approval");

        // the report inside the frame comes with its own policy: inline styles allowed, sandboxed, framed by us only
        HttpResponse<String> report = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(platform.url() + "/m/trang/2566/approval/report"))
                                .header("cookie", browser.sessionCookie())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("content-security-policy").orElse(""))
                .contains("style-src 'unsafe-inline'", "sandbox", "frame-ancestors 'self'");
        assertThat(report.body()).contains("<html");

        browser.type(By.id("comment"), "เห็นควรเสนอปลัดเทศบาลพิจารณา");
        submit(By.cssSelector("form[action$='/approve'] button"));
        assertThat(browser.path()).isEqualTo("/m/trang/approvals");
        assertThat(browser.pageText()).contains("บันทึกการเห็นชอบแล้ว", "ขณะนี้ไม่มีรายงานที่รอการพิจารณาของท่าน");
        browser.checkPage("inbox-empty");
    }

    @Test
    @Order(2)
    void anApproverAtTheWrongStepIsToldInThaiAndKeepsTheComment() {
        browser.go("/signin").signIn("trang.mayor");
        browser.go("/m/trang/2566/approval");
        assertThat(browser.mainText()).contains("ขณะนี้เป็นลำดับการพิจารณาของปลัดเทศบาล");
        browser.type(By.id("comment"), "อนุมัติ");
        submit(By.cssSelector("form[action$='/approve'] button"));
        assertThat(browser.find(By.cssSelector("main .alert--error")).getText())
                .contains("ขณะนี้เป็นลำดับการพิจารณาของ");
        assertThat(browser.mainText()).doesNotContain("มีข้อมูลที่ต้องแก้ไข");
        assertThat(browser.find(By.id("comment")).getAttribute("value")).isEqualTo("อนุมัติ");
        browser.checkPage("approval-wrong-step");
        String officer = platform.api().token("trang.officer");
        assertThat(platform.api()
                        .get(YEAR + "/report/status", officer)
                        .body()
                        .get("nextApprover")
                        .asString())
                .isEqualTo("CLERK");
    }

    @Test
    @Order(3)
    void theClerkSendsItBackWithAReasonTheOfficerReadsItAndSubmitsAgain() {
        browser.go("/signin").signIn("trang.clerk");
        browser.go("/m/trang/approvals");
        browser.click(By.cssSelector("a[href='/m/trang/2566/approval']"));
        browser.waitUntil(d -> browser.path().equals("/m/trang/2566/approval"));
        submit(By.cssSelector("form[action$='/reject'] button"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText()).contains("กรุณาระบุเหตุผลที่ส่งกลับแก้ไข");
        browser.checkPage("reject-without-reason");
        String reason = "ผลลัพธ์ของมาตรการที่ 2 ยังไม่ครบ โปรดเพิ่มตัวเลขผู้รับบริการ";
        browser.type(By.id("reason"), reason);
        submit(By.cssSelector("form[action$='/reject'] button"));
        assertThat(browser.path()).isEqualTo("/m/trang/approvals");
        assertThat(browser.pageText()).contains("ส่งรายงานกลับไปให้เจ้าหน้าที่ผู้จัดทำแก้ไขแล้ว");

        Api api = platform.api();
        String officer = api.token("trang.officer");
        JsonNode status = api.get(YEAR + "/report/status", officer).body();
        assertThat(status.get("status").asString()).isEqualTo("REJECTED");
        JsonNode last = status.get("history").get(status.get("history").size() - 1);
        assertThat(last.get("type").asString()).isEqualTo("REJECTED");
        assertThat(last.get("actor").asString()).isEqualTo("trang.clerk");
        assertThat(last.get("comment").asString()).isEqualTo(reason);
        Api.Answer again = api.call("POST", YEAR + "/report/submit", officer, Map.of("template", "trang-2566"));
        assertThat(again.status()).as(again.text()).isEqualTo(200);

        browser.go("/m/trang/2566/approval");
        assertThat(browser.mainText()).contains(reason, "เห็นควรเสนอปลัดเทศบาลพิจารณา");
    }

    @Test
    @Order(4)
    void headClerkAndMayorApproveInTurnAndTheAdminSeesItReadyToPublish() {
        for (String approver : List.of("trang.head", "trang.clerk", "trang.mayor")) {
            browser.go("/signin").signIn(approver);
            browser.go("/m/trang/approvals");
            browser.click(By.cssSelector("a[href='/m/trang/2566/approval']"));
            browser.waitUntil(d -> browser.path().equals("/m/trang/2566/approval"));
            browser.type(By.id("comment"), "เห็นชอบ (" + approver + ")");
            submit(By.cssSelector("form[action$='/approve'] button"));
            assertThat(browser.pageText()).as(approver).contains("บันทึกการเห็นชอบแล้ว");
            browser.signOut();
        }
        browser.signIn("trang.admin");
        browser.go("/m/trang/approvals");
        assertThat(browser.mainText()).contains("ปีงบประมาณ 2566", "อนุมัติแล้ว");
        browser.checkPage("inbox-admin");
    }

    @Test
    @Order(5)
    void theAdminPublishesAndFindsTheVersionItsChecksumThePublicAddressAndTheQrCode() throws Exception {
        browser.go("/signin").signIn("trang.admin");
        browser.go("/m/trang/2566/publish");
        assertThat(browser.mainText()).contains("อนุมัติแล้ว", "ยังไม่มีฉบับที่เผยแพร่");
        browser.checkPage("publish-approved");
        submit(By.cssSelector("form[action='/m/trang/2566/publish'] button"));
        assertThat(browser.path()).isEqualTo("/m/trang/2566/publish");
        String admin = platform.api().token("trang.admin");
        JsonNode version = platform.api()
                .get(YEAR + "/report/status", admin)
                .body()
                .get("versions")
                .get(0);
        String sha256 = version.get("sha256").asString();
        assertThat(sha256).matches("[0-9a-f]{64}");
        assertThat(browser.mainText()).contains("เผยแพร่รายงานฉบับที่ 1 แล้ว", sha256, "เผยแพร่แล้ว");
        WebElement address = browser.find(By.id("public-url"));
        assertThat(address.getAttribute("readonly")).isNotNull();
        String url = address.getAttribute("value");
        assertThat(url).isEqualTo(platform.url() + "/public/trang/reports/2566");
        assertThat(browser.find(By.cssSelector("button[data-copy='#public-url']"))
                        .isDisplayed())
                .isTrue();
        WebElement qr = browser.find(By.cssSelector("svg.qr"));
        assertThat(qr.getAttribute("aria-label")).contains(url);
        assertThat(qr.findElements(By.tagName("rect")).size()).isGreaterThan(50);
        assertThat(browser.find(By.cssSelector("a[href='/public/trang']")).isDisplayed())
                .isTrue();
        browser.checkPage("published");

        // the address works for anyone: no session, no token, the published PDF with the checksum shown
        HttpResponse<byte[]> pdf = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("content-type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body())))
                .isEqualTo(sha256);
    }

    @Test
    @Order(6)
    void theReportSettingsAreSavedAndShownAgain() {
        browser.go("/signin").signIn("trang.admin");
        browser.go("/m/trang/settings");
        browser.checkPage("settings");
        new Select(browser.find(By.id("approvalChain"))).selectByValue("1");
        new Select(browser.find(By.id("place-CLERK"))).selectByValue("1");
        browser.type(By.id("letterPrefix"), "ตง 52001").type(By.id("phone"), "0 7521 8016");
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText())
                .contains("แต่ละตำแหน่งต้องมีลำดับที่ไม่ซ้ำกัน");
        assertThat(browser.find(By.id("letterPrefix")).getAttribute("value")).isEqualTo("ตง 52001");
        browser.checkPage("settings-error");
        new Select(browser.find(By.id("place-CLERK"))).selectByValue("2");
        new Select(browser.find(By.id("place-MAYOR"))).selectByValue("3");
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.pageText()).contains("บันทึกการตั้งค่ารายงานแล้ว");
        browser.go("/m/trang/settings");
        assertThat(browser.find(By.id("letterPrefix")).getAttribute("value")).isEqualTo("ตง 52001");
        assertThat(browser.find(By.id("phone")).getAttribute("value")).isEqualTo("0 7521 8016");
        assertThat(new Select(browser.find(By.id("place-MAYOR")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("3");
        JsonNode settings = platform.api()
                .get("/t/trang/api/report-settings", platform.api().token("trang.admin"))
                .body();
        assertThat(settings.get("letterPrefix").asString()).isEqualTo("ตง 52001");
        assertThat(settings.get("approvalChain").toString()).isEqualTo("[\"HEAD_OF_OFFICE\",\"CLERK\",\"MAYOR\"]");
    }

    @Test
    @Order(7)
    void anOwnTemplateIsMadeFromAPresetAndDeleted() {
        browser.go("/signin").signIn("trang.admin");
        browser.go("/m/trang/templates");
        assertThat(browser.mainText()).contains("trang-2566");
        browser.checkPage("templates");
        browser.go("/m/trang/templates?from=trang-2566");
        browser.checkPage("template-form");
        browser.type(By.id("code"), "trang-own").type(By.id("nameTh"), "รูปแบบของเทศบาลนครตรัง ตัวเลขไทย");
        browser.click(By.id("digits"));
        browser.click(By.id("shown-MONITORING"));
        browser.type(By.id("order-OUTCOME"), "7");
        browser.click(By.id("shown-OUTCOME"));
        submit(By.cssSelector("main form[action='/m/trang/templates'] button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText()).contains("ความกว้าง");
        assertThat(browser.find(By.id("nameTh")).getAttribute("value")).isEqualTo("รูปแบบของเทศบาลนครตรัง ตัวเลขไทย");
        browser.type(By.id("width-OUTCOME"), "40");
        submit(By.cssSelector("main form[action='/m/trang/templates'] button[type=submit]"));
        assertThat(browser.pageText()).contains("บันทึกรูปแบบรายงานแล้ว", "รูปแบบของเทศบาลนครตรัง ตัวเลขไทย");

        String admin = platform.api().token("trang.admin");
        JsonNode own = ownTemplate(admin);
        assertThat(own).isNotNull();
        assertThat(own.get("digits").asString()).isEqualTo("THAI");
        assertThat(own.get("columns").toString()).doesNotContain("MONITORING").contains("OUTCOME");
        assertThat(own.get("sections").toString()).isEqualTo("[\"ANALYSIS\",\"MEASURES\"]");

        browser.go("/m/trang/templates/trang-own/delete");
        browser.checkPage("template-delete");
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.pageText()).contains("ลบรูปแบบรายงานแล้ว");
        assertThat(ownTemplate(admin)).isNull();
    }

    @Test
    @Order(8)
    void aUserIsAddedDisabledEnabledAgainAndGivenANewPassword() {
        browser.go("/signin").signIn("trang.admin");
        browser.go("/m/trang/users");
        assertThat(browser.mainText()).contains("trang.head", "หัวหน้าสำนักปลัด", "trang.admin");
        browser.checkPage("users");
        browser.type(By.id("username"), "trang.head")
                .type(By.id("displayName"), "สมชาย ใจดี")
                .type(By.id("password"), "ตรัง-รหัส-2566");
        new Select(browser.find(By.id("position"))).selectByValue("HEAD_OF_OFFICE");
        submit(By.cssSelector("main form[action='/m/trang/users'] button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText()).contains("มีผู้ใช้ชื่อนี้อยู่แล้ว");
        assertThat(browser.find(By.id("displayName")).getAttribute("value")).isEqualTo("สมชาย ใจดี");
        browser.checkPage("users-duplicate");
        browser.type(By.id("username"), "Trang Somchai").type(By.id("password"), "ตรัง-รหัส-2566");
        submit(By.cssSelector("main form[action='/m/trang/users'] button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText())
                .contains("ชื่อผู้ใช้ต้องเป็นภาษาอังกฤษพิมพ์เล็ก");
        browser.type(By.id("username"), "trang.somchai").type(By.id("password"), "ตรัง-รหัส-2566");
        submit(By.cssSelector("main form[action='/m/trang/users'] button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/m/trang/users/trang.somchai");
        assertThat(browser.mainText()).contains("สมชาย ใจดี", "หัวหน้าสำนักปลัด", "ใช้งานได้");
        browser.checkPage("user");
        assertThat(signInStatus("trang.somchai", "ตรัง-รหัส-2566")).isEqualTo(200);

        browser.click(By.cssSelector("a[href='/m/trang/users/trang.somchai/disable']"));
        browser.waitUntil(d -> browser.path().endsWith("/disable"));
        assertThat(browser.mainText()).contains("ท่านต้องการระงับการใช้งานบัญชี สมชาย ใจดี (trang.somchai)");
        browser.checkPage("user-disable");
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.pageText()).contains("ระงับการใช้งานบัญชีนี้แล้ว");
        assertThat(signInStatus("trang.somchai", "ตรัง-รหัส-2566")).isNotEqualTo(200);

        browser.click(By.cssSelector("a[href='/m/trang/users/trang.somchai/enable']"));
        browser.waitUntil(d -> browser.path().endsWith("/enable"));
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.pageText()).contains("เปิดการใช้งานบัญชีนี้แล้ว");
        assertThat(signInStatus("trang.somchai", "ตรัง-รหัส-2566")).isEqualTo(200);

        browser.type(By.id("newPassword"), "รหัสใหม่-2566").type(By.id("confirmPassword"), "รหัสอื่น-2566");
        submit(By.cssSelector("form[action$='/password'] button"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText())
                .contains("รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน");
        browser.checkPage("user-password-error");
        browser.type(By.id("newPassword"), "รหัสใหม่-2566").type(By.id("confirmPassword"), "รหัสใหม่-2566");
        submit(By.cssSelector("form[action$='/password'] button"));
        assertThat(browser.pageText()).contains("ตั้งรหัสผ่านใหม่แล้ว");
        assertThat(signInStatus("trang.somchai", "รหัสใหม่-2566")).isEqualTo(200);
        assertThat(signInStatus("trang.somchai", "ตรัง-รหัส-2566")).isNotEqualTo(200);
    }

    @Test
    @Order(9)
    void theAuditLogShowsWhoChangedWhatAndFiltersOneItem() {
        browser.go("/signin").signIn("trang.admin");
        browser.go("/m/trang/audit");
        assertThat(browser.mainText())
                .contains("ประวัติการแก้ไข", "เผยแพร่", "trang.admin", "ส่งกลับแก้ไข", "trang.clerk");
        browser.checkPage("audit");
        new Select(browser.find(By.id("entity"))).selectByValue("measure");
        browser.type(By.id("entityId"), String.valueOf(editedMeasure));
        submit(By.cssSelector("form.filters button[type=submit]"));
        assertThat(browser.path()).contains("entity=measure", "entityId=" + editedMeasure);
        String table = browser.find(By.cssSelector("main table")).getText();
        assertThat(table)
                .contains("แก้ไข มาตรการ #" + editedMeasure, "trang.officer", "ผลลัพธ์")
                .doesNotContain("เผยแพร่");
        browser.checkPage("audit-filtered");

        browser.go("/m/trang/audit?size=20");
        List<WebElement> older = browser.all(By.linkText("รายการก่อนหน้านี้"));
        if (!older.isEmpty()) {
            String firstRow = browser.find(By.cssSelector("main tbody tr")).getText();
            browser.click(By.linkText("รายการก่อนหน้านี้"));
            browser.waitUntil(d -> browser.path().contains("before="));
            assertThat(browser.find(By.cssSelector("main tbody tr")).getText()).isNotEqualTo(firstRow);
            assertThat(browser.all(By.linkText("รายการล่าสุด"))).isNotEmpty();
        }
    }

    @Test
    @Order(10)
    void anOfficerIsRefusedOnTheAdminPagesInThai() {
        browser.go("/signin").signIn("trang.officer");
        for (String page : List.of(
                "/m/trang/settings",
                "/m/trang/templates",
                "/m/trang/users",
                "/m/trang/audit",
                "/m/trang/2566/publish")) {
            browser.go(page);
            assertThat(browser.mainText())
                    .as(page)
                    .contains("ไม่มีสิทธิ์เข้าถึงหน้านี้", "หน้านี้สำหรับผู้ดูแลระบบของหน่วยงานเท่านั้น");
        }
        browser.checkPage("officer-refused");
        browser.go("/m/trang/approvals");
        assertThat(browser.mainText()).contains("ขณะนี้ไม่มีรายงานที่รอการพิจารณาของท่าน");
    }

    /**
     * Presses a form's button and waits for the next page. Like {@link Browser#press}, but a page that is already gone
     * may be reported by Chromium as any WebDriver error, not only a stale element, under load.
     */
    private void submit(By button) {
        WebElement html = browser.driver().findElement(By.tagName("html"));
        browser.click(button);
        browser.waitUntil(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    private static JsonNode ownTemplate(String token) {
        for (JsonNode t :
                platform.api().get("/t/trang/api/report-templates", token).body()) {
            if ("trang-own".equals(t.get("code").asString())) {
                return t;
            }
        }
        return null;
    }

    private static int signInStatus(String username, String password) {
        return platform.api()
                .call("POST", "/api/auth/token", null, Map.of("username", username, "password", password))
                .status();
    }

    /** A measure as its PUT takes it: the JSON read, without what the API computes or keeps itself. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> editable(JsonNode measure) {
        Map<String, Object> body = new LinkedHashMap<>(JSON.convertValue(measure, Map.class));
        for (String computed : List.of("id", "fiscalYear", "progressNotes", "attachments", "createdAt", "updatedAt")) {
            body.remove(computed);
        }
        return body;
    }
}
