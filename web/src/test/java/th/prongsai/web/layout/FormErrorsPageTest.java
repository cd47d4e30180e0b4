package th.prongsai.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import th.prongsai.web.layout.FormErrors.Issue;
import th.prongsai.web.layout.FormErrors.Message;

/** The shared error fragments render every kind of issue a form's errors hold. */
class FormErrorsPageTest {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    FormErrorsPageTest() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(templates);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/common", "messages/measures", "messages/frameworks");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        engine.setTemplateEngineMessageSource(messages);
    }

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

    private String render(FormErrors errors) {
        Context context = new Context(Locale.forLanguageTag("th"));
        context.setVariable("errors", errors);
        return engine.process("test/form-errors", context);
    }
}
