package th.prongsai.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The officer's measures pages in trat (fiscal years 2564 and 2567 of the demo data, 2568 empty): the list with
 * its filters, creating from a title, editing every field, rows of steps kept while typing, errors in Thai next to
 * their inputs, someone else's save (409), evidence files, deleting, copying last year, themes, departments, and
 * who may see what. Every page is checked with axe-core and photographed at 1280 and 360 px.
 */
class MeasuresBrowserIT {

    private static final String YEAR = "/m/trat/2567/measures";
    private static final String API = "/t/trat/api/fiscal-years/2567/measures";

    private static BrowserPlatform platform;
    private Browser browser;

    /** Once for the class: a platform that does not start fails every test once, instead of starting again per test. */
    @BeforeAll
    static void platform() {
        platform = BrowserPlatform.shared();
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
    void theYearsMeasuresAreListedFilteredAndSearched() {
        browser.go(YEAR).signIn("trat.officer");
        assertThat(browser.path()).isEqualTo(YEAR);
        assertThat(browser.mainText())
                .contains(
                        "มาตรการ ปีงบประมาณ 2567",
                        "ปรับปรุงระบบการให้บริการผ่าน E-Service",
                        "ปรับปรุงเว็บไซต์เทศบาลเมืองตราด",
                        "ดำเนินการแล้ว",
                        "เพิ่มมาตรการ",
                        "คัดลอกมาตรการจากปีที่แล้ว");
        assertThat(browser.find(By.cssSelector(".measures-table caption")).getText())
                .startsWith("มาตรการทั้งหมด");
        assertThat(browser.mainText())
                .as("periods in Thai months")
                .containsPattern("ก\\.พ\\. 67 – (มี\\.ค\\.|เม\\.ย\\.) 67");
        browser.checkPage("list");

        new Select(browser.find(By.id("filter-indicator"))).selectByValue("8");
        browser.click(By.cssSelector("form.filters button[type=submit]"));
        browser.waitUntil(
                d -> browser.find(By.cssSelector("#measure-results")).getText().contains("แสดง"));
        String results = browser.find(By.id("measure-results")).getText();
        assertThat(results)
                .contains("ปรับปรุงระบบการให้บริการผ่าน E-Service")
                .doesNotContain("ปรับปรุงเว็บไซต์เทศบาลเมืองตราด");
        assertThat(browser.driver().getCurrentUrl())
                .as("a filtered list is a link")
                .contains("indicator=8");
        browser.checkPage("list-filtered");

        // the same filter works without JavaScript: a plain GET
        browser.go(YEAR + "?q=" + java.net.URLEncoder.encode("เว็บไซต์", StandardCharsets.UTF_8));
        assertThat(browser.find(By.id("measure-results")).getText())
                .contains("ปรับปรุงเว็บไซต์เทศบาลเมืองตราด")
                .doesNotContain("ปรับปรุงระบบการให้บริการผ่าน E-Service");
        assertThat(browser.find(By.id("filter-q")).getAttribute("value")).isEqualTo("เว็บไซต์");

        browser.go(YEAR + "?status=NOT_DONE&q="
                + java.net.URLEncoder.encode("ไม่มีมาตรการชื่อนี้", StandardCharsets.UTF_8));
        assertThat(browser.mainText()).contains("ไม่พบมาตรการที่ตรงกับเงื่อนไข", "ล้างตัวกรอง");
        browser.checkPage("list-no-match");
    }

    @Test
    void aMeasureIsCreatedFromATitleAloneWithTheIndicatorItWasAddedFor() {
        browser.go(YEAR + "/new?indicator=8").signIn("trat.officer");
        assertThat(browser.find(By.id("indicator-8")).isSelected()).isTrue();
        browser.checkPage("new");
        browser.press(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText())
                .contains("ชื่อมาตรการ", "กรุณากรอกข้อมูลในช่องนี้");
        assertThat(browser.find(By.id("indicator-8")).isSelected())
                .as("the choice is kept")
                .isTrue();
        browser.checkPage("new-error");

        browser.type(By.id("title"), "จัดทำช่องทางรับฟังความคิดเห็นออนไลน์")
                .press(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).matches("/m/trat/2567/measures/\\d+/edit\\?created");
        assertThat(browser.pageText()).contains("เพิ่มมาตรการแล้ว");
        assertThat(browser.find(By.id("title")).getAttribute("value"))
                .isEqualTo("จัดทำช่องทางรับฟังความคิดเห็นออนไลน์");
        assertThat(new Select(browser.find(By.id("status")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("ยังไม่เริ่ม");
        String number = browser.find(By.id("number")).getAttribute("value");
        assertThat(Integer.parseInt(number)).as("the next number of the year").isGreaterThan(7);
        browser.checkPage("edit-new");
    }

    @Test
    void everyFieldIsEditedAndShownOnTheMeasuresPage() {
        String token = platform.api().token("trat.officer");
        long id = createMeasure(token, "มาตรการที่จะกรอกทุกช่อง");
        long themeId = platform.api()
                .call(
                        "POST",
                        "/t/trat/api/fiscal-years/2567/themes",
                        token,
                        Map.of("number", 7, "title", "การเปิดเผยข้อมูลสาธารณะ"))
                .body()
                .get("id")
                .asLong();
        long finance = departmentId(token, "กองคลัง");

        browser.go(YEAR + "/" + id + "/edit").signIn("trat.officer");
        browser.type(By.id("title"), "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทุกเดือน");
        new Select(browser.find(By.id("status"))).selectByValue("DONE");
        new Select(browser.find(By.id("themeId"))).selectByValue(String.valueOf(themeId));
        browser.click(By.id("indicator-9.3"));
        browser.click(By.cssSelector("input[name=departmentIds][value='" + finance + "']"));
        new Select(browser.find(By.id("startMonth"))).selectByValue("10");
        new Select(browser.find(By.id("startYear"))).selectByValue("2566");
        new Select(browser.find(By.id("endMonth"))).selectByValue("9");
        new Select(browser.find(By.id("endYear"))).selectByValue("2567");
        browser.type(By.id("monitoring"), "งานพัสดุรายงานปลัดเทศบาลทุกไตรมาส");
        browser.press(By.cssSelector("button[value=addStep]"));
        browser.type(By.id("methodSteps-0"), "รวบรวมสรุปผลการจัดซื้อจัดจ้างรายเดือน");
        browser.press(By.cssSelector("button[value=addNote]"));
        setValue(By.id("progressNotes-0-date"), "2024-03-15");
        browser.type(By.id("progressNotes-0-note"), "เผยแพร่ครบ 6 เดือนแรก");
        browser.type(By.id("outputSummary"), "เผยแพร่สรุปผลครบ 12 เดือน");
        browser.type(By.id("outcome"), "ประชาชนตรวจสอบการจัดซื้อจัดจ้างได้");
        browser.type(By.id("recommendation"), "ควรเผยแพร่ภายในวันที่ 10 ของเดือนถัดไป");
        browser.press(By.cssSelector("button[value=addLink]"));
        browser.type(By.id("evidenceLinks-0-url"), "https://www.tratcity.go.th/procurement");
        browser.type(By.id("evidenceLinks-0-label"), "หน้าสรุปผลการจัดซื้อจัดจ้าง");
        assertThat(browser.find(By.id("title")).getAttribute("value"))
                .as("typed text survives the row buttons")
                .isEqualTo("เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทุกเดือน");
        browser.checkPage("edit-filled");
        browser.press(By.id("save"));

        assertThat(browser.path()).isEqualTo(YEAR + "/" + id);
        assertThat(browser.pageText()).contains("บันทึกมาตรการแล้ว");
        assertThat(browser.mainText())
                .contains(
                        "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทุกเดือน",
                        "ดำเนินการแล้ว",
                        "การเปิดเผยข้อมูลสาธารณะ",
                        "9.3 การจัดซื้อจัดจ้าง",
                        "กองคลัง",
                        "ตุลาคม 2566 ถึง กันยายน 2567",
                        "งานพัสดุรายงานปลัดเทศบาลทุกไตรมาส",
                        "รวบรวมสรุปผลการจัดซื้อจัดจ้างรายเดือน",
                        "15 มีนาคม 2567",
                        "เผยแพร่ครบ 6 เดือนแรก",
                        "เผยแพร่สรุปผลครบ 12 เดือน",
                        "ประชาชนตรวจสอบการจัดซื้อจัดจ้างได้",
                        "ควรเผยแพร่ภายในวันที่ 10 ของเดือนถัดไป",
                        "หน้าสรุปผลการจัดซื้อจัดจ้าง");
        browser.checkPage("view");

        JsonNode saved = platform.api().get(API + "/" + id, token).body();
        assertThat(saved.get("startMonth").asString()).isEqualTo("2023-10");
        assertThat(saved.get("endMonth").asString()).isEqualTo("2024-09");
        assertThat(saved.get("evidenceLinks").get(0).get("url").asString())
                .isEqualTo("https://www.tratcity.go.th/procurement");
    }

    @Test
    void stepsAreAddedMovedAndRemovedWithoutLosingWhatWasTyped() {
        String token = platform.api().token("trat.officer");
        long id = createMeasure(token, "มาตรการสำหรับจัดขั้นตอน");
        browser.go(YEAR + "/" + id + "/edit").signIn("trat.officer");
        browser.type(By.id("title"), "ชื่อที่ยังไม่ได้บันทึก");
        browser.type(By.id("outcome"), "ผลลัพธ์ที่พิมพ์ค้างไว้");
        List<String> typed = List.of("ขั้นตอน ก", "ขั้นตอน ข", "ขั้นตอน ค");
        for (int i = 0; i < typed.size(); i++) {
            browser.press(By.cssSelector("button[value=addStep]"));
            browser.type(By.id("methodSteps-" + i), typed.get(i));
        }
        assertThat(steps()).containsExactly("ขั้นตอน ก", "ขั้นตอน ข", "ขั้นตอน ค");
        browser.press(By.cssSelector("button[value='stepUp:2']"));
        assertThat(steps()).containsExactly("ขั้นตอน ก", "ขั้นตอน ค", "ขั้นตอน ข");
        browser.press(By.cssSelector("button[value='stepDown:0']"));
        assertThat(steps()).containsExactly("ขั้นตอน ค", "ขั้นตอน ก", "ขั้นตอน ข");
        browser.press(By.cssSelector("button[value='removeStep:1']"));
        assertThat(steps()).containsExactly("ขั้นตอน ค", "ขั้นตอน ข");
        assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo("ชื่อที่ยังไม่ได้บันทึก");
        assertThat(browser.find(By.id("outcome")).getAttribute("value")).isEqualTo("ผลลัพธ์ที่พิมพ์ค้างไว้");
        assertThat(platform.api().get(API + "/" + id, token).body().get("title").asString())
                .as("nothing is saved by the row buttons")
                .isEqualTo("มาตรการสำหรับจัดขั้นตอน");
        browser.checkPage("edit-steps");
        browser.press(By.id("save"));
        JsonNode saved = platform.api().get(API + "/" + id, token).body();
        assertThat(saved.get("methodSteps")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactly("ขั้นตอน ค", "ขั้นตอน ข");
    }

    @Test
    void aRefusedSaveSaysWhatIsWrongInThaiNextToTheFieldAndKeepsTheText() {
        String token = platform.api().token("trat.officer");
        long id = createMeasure(token, "มาตรการสำหรับทดสอบข้อผิดพลาด");
        browser.go(YEAR + "/" + id + "/edit").signIn("trat.officer");
        browser.type(By.id("title"), "");
        browser.type(By.id("monitoring"), "ข้อความที่ต้องไม่หาย");
        browser.press(By.id("save"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText())
                .contains("ชื่อมาตรการ: กรุณากรอกข้อมูลในช่องนี้");
        assertThat(browser.find(By.id("title-error")).getText()).contains("กรุณากรอกข้อมูลในช่องนี้");
        assertThat(browser.find(By.id("title")).getAttribute("aria-describedby"))
                .contains("title-error");
        assertThat(browser.find(By.id("monitoring")).getAttribute("value")).isEqualTo("ข้อความที่ต้องไม่หาย");
        browser.checkPage("edit-error-title");

        browser.type(By.id("title"), "มาตรการสำหรับทดสอบข้อผิดพลาด");
        browser.press(By.cssSelector("button[value=addLink]"));
        browser.type(By.id("evidenceLinks-0-url"), "ftp://files.example/report.pdf");
        new Select(browser.find(By.id("startMonth"))).selectByValue("3");
        new Select(browser.find(By.id("startYear"))).selectByValue("2567");
        new Select(browser.find(By.id("endMonth"))).selectByValue("1");
        new Select(browser.find(By.id("endYear"))).selectByValue("2567");
        browser.press(By.id("save"));
        assertThat(browser.find(By.id("evidenceLinks-0-url-error")).getText())
                .contains("ต้องขึ้นต้นด้วย http:// หรือ https://");
        assertThat(browser.find(By.id("endMonth-error")).getText())
                .contains("เดือนที่สิ้นสุดต้องไม่อยู่ก่อนเดือนที่เริ่ม");
        assertThat(browser.find(By.id("evidenceLinks-0-url")).getAttribute("value"))
                .isEqualTo("ftp://files.example/report.pdf");
        assertThat(browser.find(By.id("monitoring")).getAttribute("value")).isEqualTo("ข้อความที่ต้องไม่หาย");
        assertThat(browser.find(By.cssSelector(".error-summary")).getText())
                .contains("ที่อยู่เว็บของลิงก์ที่ 1", "เดือนที่สิ้นสุด");
        assertThat(browser.all(By.cssSelector(".error-summary a[href='#evidenceLinks-0-url']")))
                .hasSize(1);
        browser.checkPage("edit-error-link");
    }

    @Test
    void someoneElsesSaveMeanwhileIsSaidInThaiAndTheTypedTextIsKept() {
        String token = platform.api().token("trat.officer");
        long id = createMeasure(token, "มาตรการที่สองคนแก้พร้อมกัน");
        browser.go(YEAR + "/" + id + "/edit").signIn("trat.officer");
        browser.type(By.id("title"), "ชื่อที่ผู้ใช้คนนี้พิมพ์");
        browser.type(By.id("outcome"), "ผลลัพธ์ที่ผู้ใช้คนนี้พิมพ์");

        // another officer saves first, through the API with a token of their own
        String other = platform.api().token("trat.admin");
        JsonNode current = platform.api().get(API + "/" + id, other).body();
        Api.Answer changed = platform.api()
                .call(
                        "PUT",
                        API + "/" + id,
                        other,
                        Map.of(
                                "number",
                                current.get("number").asInt(),
                                "title",
                                "ชื่อที่อีกคนบันทึก",
                                "status",
                                "IN_PROGRESS",
                                "version",
                                current.get("version").asLong()));
        assertThat(changed.status()).isEqualTo(200);

        browser.press(By.id("save"));
        assertThat(browser.find(By.id("stale")).getText())
                .contains("มีผู้อื่นแก้ไขมาตรการนี้ไปก่อนแล้ว", "โหลดข้อมูลล่าสุด");
        assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo("ชื่อที่ผู้ใช้คนนี้พิมพ์");
        assertThat(browser.find(By.id("outcome")).getAttribute("value")).isEqualTo("ผลลัพธ์ที่ผู้ใช้คนนี้พิมพ์");
        assertThat(platform.api().get(API + "/" + id, token).body().get("title").asString())
                .isEqualTo("ชื่อที่อีกคนบันทึก");
        browser.checkPage("edit-conflict");

        browser.press(By.cssSelector("#stale a"));
        assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo("ชื่อที่อีกคนบันทึก");
        assertThat(new Select(browser.find(By.id("status")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("กำลังดำเนินการ");
    }

    @Test
    void evidenceFilesAreUploadedWithProgressPreviewedRefusedInThaiAndDeleted() throws IOException {
        String token = platform.api().token("trat.officer");
        long id = createMeasure(token, "มาตรการที่มีไฟล์หลักฐาน");
        Path png = Files.createTempFile("ภาพกิจกรรม-", ".png");
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(10, 10, 60, 40);
        ImageIO.write(image, "png", png.toFile());
        Path pdf = Files.createTempFile("รายงานผล-", ".pdf");
        Files.writeString(
                pdf,
                "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
        Path txt = Files.createTempFile("notes-", ".txt");
        Files.writeString(txt, "not evidence");

        browser.go(YEAR + "/" + id + "/edit").signIn("trat.officer");
        browser.checkPage("edit-attachments-empty");
        upload(png);
        assertThat(browser.pageText()).contains("แนบไฟล์แล้ว");
        assertThat(browser.find(By.id("attachments")).getText())
                .contains(png.getFileName().toString());
        upload(pdf);
        assertThat(browser.find(By.id("attachments")).getText())
                .contains(pdf.getFileName().toString(), "PDF");
        upload(txt);
        assertThat(browser.find(By.id("file-error")).getText())
                .contains("แนบได้เฉพาะไฟล์รูปภาพ (PNG, JPEG, GIF, WebP) หรือ PDF");
        assertThat(browser.find(By.cssSelector("#attachments .error-summary")).getText())
                .contains("ไฟล์หลักฐาน");
        browser.checkPage("edit-attachment-refused");

        browser.go(YEAR + "/" + id);
        WebElement img = browser.find(By.cssSelector("img.attachment__image"));
        browser.waitUntil(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth === 120", img));
        assertThat(browser.find(By.cssSelector("iframe.preview")).getAttribute("src"))
                .contains("/attachments/");
        browser.checkPage("view-attachments");

        browser.go(YEAR + "/" + id + "/edit");
        browser.click(By.xpath("//section[@id='attachments']//a[contains(@href,'/delete')][1]"));
        assertThat(browser.mainText())
                .contains("ลบไฟล์แนบนี้หรือไม่", png.getFileName().toString());
        browser.checkPage("attachment-delete");
        browser.press(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.pageText()).contains("ลบไฟล์แนบแล้ว");
        assertThat(platform.api()
                        .get(API + "/" + id, token)
                        .body()
                        .get("attachments")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void aMeasureIsDeletedAfterAConfirmation() {
        String token = platform.api().token("trat.officer");
        String doomed = "มาตรการที่จะถูกลบ " + System.nanoTime() % 100000;
        long id = createMeasure(token, doomed);
        browser.go(YEAR + "/" + id).signIn("trat.officer");
        browser.press(By.linkText("ลบมาตรการ"));
        assertThat(browser.path()).isEqualTo(YEAR + "/" + id + "/delete");
        assertThat(browser.mainText()).contains("ลบมาตรการนี้หรือไม่", doomed, "กู้คืนไม่ได้");
        browser.checkPage("delete");
        assertThat(platform.api().get(API + "/" + id, token).status())
                .as("asking deletes nothing")
                .isEqualTo(200);
        browser.press(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo(YEAR);
        assertThat(browser.pageText()).contains("ลบมาตรการแล้ว").doesNotContain(doomed);
        assertThat(platform.api().get(API + "/" + id, token).status()).isEqualTo(404);
    }

    @Test
    void aMeasureIsMovedDownTheList() {
        browser.go(YEAR).signIn("trat.officer");
        List<WebElement> rows = browser.all(By.cssSelector(".measures-table tbody tr"));
        String first = rows.get(0).getAttribute("id");
        String second = rows.get(1).getAttribute("id");
        browser.press(By.cssSelector("#" + first + " button[value=down]"));
        rows = browser.all(By.cssSelector(".measures-table tbody tr"));
        assertThat(rows.get(0).getAttribute("id")).isEqualTo(second);
        assertThat(rows.get(1).getAttribute("id")).isEqualTo(first);
        assertThat(browser.pageText()).contains("จัดลำดับมาตรการใหม่แล้ว");
        browser.press(By.cssSelector("#" + first + " button[value=up]"));
        assertThat(browser.all(By.cssSelector(".measures-table tbody tr"))
                        .get(0)
                        .getAttribute("id"))
                .isEqualTo(first);
    }

    @Test
    void lastYearsMeasuresAreCopiedIntoAnEmptyYearAfterSayingWhatIsCopied() {
        String token = platform.api().token("trat.officer");
        int lastYear = platform.api().get(API, token).body().size();
        browser.go("/m/trat/2568/measures").signIn("trat.officer");
        assertThat(browser.mainText()).contains("ยังไม่มีมาตรการในปีงบประมาณ 2568", "คัดลอกมาตรการจากปีที่แล้ว");
        browser.checkPage("list-empty");
        browser.press(By.linkText("คัดลอกมาตรการจากปีที่แล้ว"));
        assertThat(browser.mainText())
                .contains(
                        "คัดลอกมาตรการจากปีงบประมาณ 2567 มาใช้ในปีงบประมาณ 2568",
                        "สิ่งที่คัดลอก",
                        "สิ่งที่ไม่คัดลอก",
                        "จะคัดลอกมาตรการ " + lastYear + " รายการ");
        browser.checkPage("copy");
        browser.press(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/m/trat/2568/measures");
        assertThat(browser.pageText())
                .contains("คัดลอกมาตรการ " + lastYear + " รายการ", "ปรับปรุงระบบการให้บริการผ่าน E-Service");
        assertThat(browser.find(By.cssSelector(".status-counts")).getText().replaceAll("\\s+", " "))
                .contains("ยังไม่เริ่ม " + lastYear);
        browser.checkPage("list-copied");
        browser.go("/m/trat/2568/measures/copy");
        assertThat(browser.mainText())
                .as("a year with measures is not copied into")
                .contains("มีมาตรการ " + lastYear + " รายการ");
    }

    @Test
    void themesAreAddedRenamedAndDeleted() {
        browser.go("/m/trat/2564/themes").signIn("trat.officer");
        assertThat(browser.mainText()).contains("ประเด็น ปีงบประมาณ 2564");
        browser.checkPage("themes");
        browser.type(By.id("new-title"), "").press(By.cssSelector("section form button[type=submit]"));
        assertThat(browser.find(By.id("new-title-error")).getText()).contains("กรุณากรอกข้อมูลในช่องนี้");
        browser.checkPage("themes-error");
        browser.type(By.id("new-title"), "การป้องกันการทุจริต")
                .press(By.cssSelector("section form button[type=submit]"));
        assertThat(browser.pageText()).contains("เพิ่มประเด็นแล้ว", "การป้องกันการทุจริต");
        WebElement row = browser.find(By.xpath("//tr[td[text()='การป้องกันการทุจริต']]"));
        String rowId = row.getAttribute("id");
        browser.click(By.cssSelector("#" + rowId + " summary"));
        browser.type(By.id(rowId + "-title"), "การป้องกันการทุจริตและประพฤติมิชอบ")
                .press(By.cssSelector("#" + rowId + " form button[type=submit]"));
        assertThat(browser.pageText()).contains("บันทึกประเด็นแล้ว", "การป้องกันการทุจริตและประพฤติมิชอบ");
        browser.press(By.cssSelector("#" + rowId + " a[href$='/delete']"));
        assertThat(browser.mainText()).contains("ลบประเด็นนี้หรือไม่", "การป้องกันการทุจริตและประพฤติมิชอบ");
        browser.checkPage("theme-delete");
        browser.press(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.pageText()).contains("ลบประเด็นแล้ว").doesNotContain("การป้องกันการทุจริตและประพฤติมิชอบ");
    }

    @Test
    void departmentsAreListedAndAdded() {
        browser.go("/m/trat/departments").signIn("trat.officer");
        assertThat(browser.mainText()).contains("หน่วยงานผู้รับผิดชอบ", "กองคลัง");
        browser.checkPage("departments");
        browser.type(By.id("name"), "กองคลัง").press(By.cssSelector("section form button[type=submit]"));
        assertThat(browser.find(By.id("name-error")).getText()).contains("มีหน่วยงานชื่อนี้อยู่แล้ว");
        assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("กองคลัง");
        browser.checkPage("departments-error");
        browser.type(By.id("name"), "กองสวัสดิการสังคม").press(By.cssSelector("section form button[type=submit]"));
        assertThat(browser.pageText()).contains("เพิ่มหน่วยงานแล้ว", "กองสวัสดิการสังคม");
    }

    @Test
    void aProvincialOfficerReadsTheMeasuresButEditsNothing() {
        String token = platform.api().token("trat.officer");
        long id = platform.api().get(API, token).body().get(0).get("id").asLong();
        browser.go(YEAR).signIn("province.trat");
        assertThat(browser.path()).isEqualTo(YEAR);
        assertThat(browser.mainText())
                .contains("ท่านดูข้อมูลหน้านี้ได้อย่างเดียว", "ปรับปรุงระบบการให้บริการผ่าน E-Service");
        assertThat(browser.all(By.cssSelector(
                        "main a[href$='/measures/new'], main a[href$='/measures/copy'], main a[href$='/edit']")))
                .isEmpty();
        assertThat(browser.all(By.cssSelector(".measures-table button"))).isEmpty();
        browser.checkPage("list-read-only");
        browser.go(YEAR + "/" + id);
        assertThat(browser.all(By.linkText("แก้ไขมาตรการ"))).isEmpty();
        browser.checkPage("view-read-only");
        browser.go(YEAR + "/" + id + "/edit");
        assertThat(browser.mainText()).contains("ไม่มีสิทธิ์เข้าถึงหน้านี้");
        browser.go("/m/trat/2567/themes");
        assertThat(browser.all(By.id("new-title"))).isEmpty();
    }

    @Test
    void anotherMunicipalitysOfficerIsRefusedInThai() {
        browser.go(YEAR).signIn("tak-bai.officer");
        assertThat(browser.mainText()).contains("ไม่มีสิทธิ์เข้าถึงหน้านี้");
        assertThat(browser.pageText()).doesNotContain("ปรับปรุงระบบการให้บริการผ่าน E-Service");
        browser.checkPage("refused");
        browser.go("/m/trat/departments");
        assertThat(browser.mainText()).contains("ไม่มีสิทธิ์เข้าถึงหน้านี้");
        browser.go(YEAR + "/new");
        assertThat(browser.mainText()).contains("ไม่มีสิทธิ์เข้าถึงหน้านี้");
    }

    private long createMeasure(String token, String title) {
        Api.Answer created = platform.api().call("POST", API, token, Map.of("title", title));
        // the API numbers a title-only measure itself (the year's next number) and makes it PLANNED
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private long departmentId(String token, String name) {
        for (JsonNode d : platform.api().get("/t/trat/api/departments", token).body()) {
            if (d.get("name").asString().equals(name)) {
                return d.get("id").asLong();
            }
        }
        throw new AssertionError("no department " + name);
    }

    private List<String> steps() {
        return browser.all(By.cssSelector("textarea[name=methodSteps]")).stream()
                .map(e -> e.getAttribute("value"))
                .toList();
    }

    private void setValue(By field, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1]", browser.find(field), value);
    }

    /** Chooses a file and uploads it; the progress bar must have shown before the page came back. */
    private void upload(Path file) {
        // the flag survives the navigation that follows the upload (same tab, same site)
        ((JavascriptExecutor) browser.driver())
                .executeScript("sessionStorage.removeItem('progressShown');"
                        + "var bar = document.getElementById('upload-progress');"
                        + "new MutationObserver(function () { if (!bar.hidden) { sessionStorage.setItem('progressShown', 'yes'); } })"
                        + ".observe(bar, {attributes: true});");
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.press(By.cssSelector("form[data-upload-progress] button[type=submit]"));
        browser.waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                && !d.findElements(By.id("attachments")).isEmpty());
        assertThat(((JavascriptExecutor) browser.driver())
                        .executeScript("return sessionStorage.getItem('progressShown')"))
                .as("the upload progress bar was shown")
                .isEqualTo("yes");
    }
}
