package th.prongsai.web.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import th.prongsai.web.format.ThaiFormat;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.layout.FormErrors.Issue;
import th.prongsai.web.layout.FormErrors.Message;
import th.prongsai.web.layout.Templates;

/** The OIT list form shows what was typed, where it came from and each refused line in Thai. */
class OitListPageTest {

    @Test
    void aRefusedListIsShownAgainWithItsLinesInTheSummary() {
        GenericApplicationContext beans = new GenericApplicationContext();
        beans.registerBean("thai", ThaiFormat.class);
        beans.refresh();
        FormErrors errors = FormErrors.none()
                .add(new Issue("items.0", "items", "fw.oit.line", 3, Message.ofKey("fw.oit.error.subIndicator")))
                .add(new Issue(
                        "closes", "closes", "fw.oit.field.closes", null, Message.ofKey("fw.oit.error.windowOrder")));

        String html = new Templates(beans, "messages/common", "messages/frameworks")
                .renderPage(
                        "frameworks/oit",
                        "/national/frameworks/2567/oit",
                        Map.of(
                                "framework",
                                Map.of("fiscalYear", 2567),
                                "from",
                                2566,
                                "form",
                                new OitListController.OitListForm(
                                        "o1\t9.9\tโครงสร้าง\tแผนผัง", "2024-04-30", "2024-03-01", "ยกมาจาก 2566"),
                                "errors",
                                errors,
                                "here",
                                "/"));
        beans.close();

        assertThat(html)
                .doesNotContain("??")
                .contains("รายการ OIT ปีงบประมาณ 2567", "เริ่มจากรายการของปีงบประมาณ 2566");
        assertThat(html).contains("บรรทัดที่ 3", "ไม่ใช่ตัวชี้วัดย่อยของแบบวัด OIT");
        assertThat(html).contains("วันปิดรับต้องไม่ก่อนวันเปิดรับ", "o1\t9.9\tโครงสร้าง", "ยกมาจาก 2566");
    }
}
