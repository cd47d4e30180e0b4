package th.prongsai.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import th.prongsai.web.layout.FormErrors.Issue;
import th.prongsai.web.layout.FormErrors.Message;

/** The shared error fragments render every kind of issue a form's errors hold. */
class FormErrorsPageTest {

    private final Templates templates =
            new Templates(null, "messages/common", "messages/measures", "messages/frameworks");

    @Test
    void theSummaryLinksEachErrorToItsInputWithItsLabel() {
        FormErrors errors = FormErrors.none()
                .add("steps[2]", "error.field.required")
                .add("methodSteps-1", "measures.field.methodSteps", 2, "error.field.length")
                .add(new Issue(
                        "tools[0].indicators[0].nameTh",
                        "tools-0-indicators-0-nameTh",
                        "fw.label.indicator.nameTh",
                        "1",
                        Message.ofText("ต้องกรอก")))
                .add("newPassword", "error.field.length")
                .add(new Issue(null, null, null, null, Message.ofText("ทั้งฟอร์ม")));
        String page = render(errors);
        assertThat(page)
                .contains("href=\"#steps-2\"")
                .contains("steps[2]: กรุณากรอกข้อมูลในช่องนี้")
                .contains("href=\"#methodSteps-1\">ขั้นตอนที่ 2: ความยาวของข้อความไม่อยู่ในช่วงที่กำหนด</a>")
                .contains("href=\"#tools-0-indicators-0-nameTh\">ชื่อตัวชี้วัด 1: ต้องกรอก</a>")
                .contains("<span>ทั้งฟอร์ม</span>")
                .contains("id=\"steps-error\"")
                .contains("id=\"newPassword-error\"")
                .contains("aria-describedby=\"newPassword-hint newPassword-error\"")
                .doesNotContain("id=\"confirmPassword-error\"")
                .doesNotContain("??");
    }

    @Test
    void noErrorsNoSummary() {
        String page = render(FormErrors.none());
        assertThat(page).doesNotContain("error-summary").contains("aria-describedby=\"newPassword-hint\"");
    }

    @Test
    void anInputNamedByAPathHasItsOwnIdAndShowsEveryMessageOfIt() {
        FormErrors errors = FormErrors.namedBy(f -> f.replaceAll("[\\[\\].]+", "-"))
                .addEach(new Issue("tools[0].weight", "tools-0-weight", null, null, Message.ofText("ต้องเป็นตัวเลข")))
                .addEach(new Issue("tools[0].weight", "tools-0-weight", null, null, Message.ofText("ต้องมากกว่า 0")));
        String page = render("test/framework-input", errors);
        assertThat(page)
                .contains("id=\"tools-0-weight-error\">ต้องเป็นตัวเลข ต้องมากกว่า 0</p>")
                .contains("id=\"tools-0-weight\"")
                .contains("id=\"nameTh\"")
                .doesNotContain("nameTh-error");
    }

    private String render(FormErrors errors) {
        return render("test/form-errors", errors);
    }

    private String render(String template, FormErrors errors) {
        return templates.render(template, Map.of("errors", errors));
    }
}
