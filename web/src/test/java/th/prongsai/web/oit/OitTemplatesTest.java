package th.prongsai.web.oit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import th.prongsai.web.format.ThaiFormat;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.layout.Templates;

/** The OIT pages render every state of an item and of a check in Thai, with no message key left unresolved. */
class OitTemplatesTest {

    private GenericApplicationContext beans;
    private Templates templates;

    @BeforeEach
    void setUp() {
        beans = new GenericApplicationContext();
        beans.registerBean("thai", ThaiFormat.class);
        beans.refresh();
        templates = new Templates(beans, "messages/common", "messages/oit");
    }

    @AfterEach
    void tearDown() {
        beans.close();
    }

    @Test
    void theChecklistShowsEachItemsAnswerItsChecksTheGapsAndTheRunningCheck() {
        Map<String, Object> live = check("https://thaphae.go.th/o1", true, 200, true, true);
        Map<String, Object> dead = check("https://thaphae.go.th/old", false, 404, true, false);
        Map<String, Object> answered =
                item("o1", true, List.of(live.get("url"), dead.get("url"), "https://new.go.th/x"));
        answered.put("checkOf", Map.of(live.get("url"), live, dead.get("url"), dead));
        answered.put("departmentName", "สำนักปลัด");
        answered.put("dueDate", "2024-02-15");
        answered.put("explanation", "เมนู เกี่ยวกับเรา");
        Map<String, Object> unanswered = item("o2", null, List.of());
        unanswered.put("answered", false);
        Map<String, Object> byReport = item("o42", true, List.of("http://127.0.0.1:8080/public/tha-phae/2567"));
        byReport.put("answeredByMeasureReport", true);
        byReport.put("filledByReport", true);
        Map<String, Object> model = new HashMap<>(page());
        Map<String, Object> checklist = new HashMap<>(Map.of("fiscalYear", 2567, "itemCount", 3, "items", List.of()));
        checklist.put("noteTh", null);
        model.put("checklist", checklist);
        model.put(
                "readiness",
                Map.of(
                        "items",
                        3,
                        "ready",
                        1,
                        "sharePercent",
                        "33.33",
                        "missing",
                        List.of(Map.of("code", "o2", "nameTh", "ข้อมูลผู้บริหาร", "reasonTh", "ยังไม่ตอบ")),
                        "broken",
                        List.of(),
                        "offSite",
                        List.of(),
                        "wrongYear",
                        List.of(),
                        "notChecked",
                        List.of(),
                        "window",
                        Map.of(
                                "opens", "2024-03-01",
                                "closes", "2024-04-30",
                                "status", "NOT_OPEN",
                                "statusTh", "อีก 90 วันจะเปิดรับ")));
        Map<String, Object> run = new HashMap<>(Map.of(
                "status", "RUNNING",
                "statusTh", "กำลังตรวจ",
                "startedAt", "2024-01-01T03:00:00Z",
                "startedBy", "tha-phae.officer",
                "total", 10,
                "done", 3));
        run.put("finishedAt", null);
        run.put("error", null);
        model.put("run", run);
        model.put(
                "groups",
                List.of(
                        new OitGroups("9.1", "ข้อมูลพื้นฐาน", "Basic", List.of(answered, unanswered)),
                        new OitGroups("10.2", "มาตรการภายใน", "Internal", List.of(byReport))));
        model.put("mayEdit", true);

        String html = templates.renderPage("oit/checklist", "/m/tha-phae/2567/oit", model);

        assertThat(html).doesNotContain("??").contains("รายการตรวจ OIT ปีงบประมาณ 2567");
        assertThat(html).contains("33.33 %").contains("อีก 90 วันจะเปิดรับ").contains("id=\"gap-missing\"");
        assertThat(html).contains("เปิดได้").contains("ไม่พบหน้า (HTTP 404)").contains("ยังไม่ได้ตรวจ");
        assertThat(html).contains("ยังไม่ตอบ").contains("กรอกจากรายงานมาตรการที่เผยแพร่แล้ว");
        assertThat(html).contains("ผู้รับผิดชอบ: สำนักปลัด").contains("คำอธิบาย: เมนู เกี่ยวกับเรา");
        assertThat(html).as("a running check polls its progress").contains("hx-trigger=\"every 1s\"");
        assertThat(html).contains("ตรวจแล้ว 3 จาก 10 ลิงก์").doesNotContain("id=\"check-now\"");
    }

    @Test
    void theAnswerFormShowsTheApisRefusalNextToItsInput() {
        Map<String, Object> model = new HashMap<>(page());
        model.put("item", item("o1", true, List.of()));
        model.put("form", new OitAnswerForm("true", "ftp://x", "", "", "", "1"));
        model.put("errors", FormErrors.none().add("urls", "oit.error.url"));
        model.put("departments", List.of(Map.of("id", 3, "name", "กองคลัง")));
        model.put("mayEdit", true);

        String html = templates.renderPage("oit/item", "/m/tha-phae/2567/oit/items/o1", model);

        assertThat(html)
                .doesNotContain("??")
                .contains("URL ต้องขึ้นต้นด้วย https://")
                .contains("ftp://x");
        assertThat(html).contains("aria-invalid=\"true\"").contains("กองคลัง");
    }

    @Test
    void theItasListHasARowPerUrl() {
        Map<String, Object> model = new HashMap<>(page());
        model.put("checklist", Map.of("fiscalYear", 2567, "items", List.of()));
        model.put("rows", List.of(new ItasRows("o1", "โครงสร้าง", "มี", "https://a.go.th/1", "หัวข้อ")));

        String html = templates.renderPage("oit/itas", "/m/tha-phae/2567/oit/itas", model);

        assertThat(html)
                .doesNotContain("??")
                .contains("https://a.go.th/1")
                .contains("รายการ OIT สำหรับกรอกในระบบ ITAS");
    }

    private static Map<String, Object> page() {
        return Map.of("code", "tha-phae", "fy", 2567, "municipality", Map.of("nameTh", "เทศบาลตำบลท่าแพ"), "here", "/");
    }

    private static Map<String, Object> item(String code, Boolean hasData, List<Object> urls) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", code);
        item.put("nameTh", "ข้อ " + code);
        item.put("evidenceTh", "หลักฐาน");
        item.put("answeredByMeasureReport", false);
        item.put("answered", hasData != null);
        item.put("hasData", hasData);
        item.put("urls", urls);
        item.put("filledByReport", false);
        item.put("checkOf", Map.of());
        // the API sends every field, null where there is nothing
        for (String field : List.of("explanation", "departmentId", "departmentName", "dueDate", "version")) {
            item.put(field, null);
        }
        return item;
    }

    private static Map<String, Object> check(String url, boolean live, int status, boolean onSite, boolean year) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("url", url);
        check.put("live", live);
        check.put("verdictTh", live ? "เปิดได้" : "ไม่พบหน้า");
        check.put("httpStatus", status);
        check.put("onMainWebsite", onSite);
        check.put("namesFiscalYear", year);
        check.put("checkedAt", "2024-01-01T03:00:00Z");
        return check;
    }
}
