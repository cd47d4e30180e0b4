package th.prongsai.web.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.Problem;
import th.prongsai.web.platform.Refusals;

class FrameworkErrorsTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    FrameworkErrorsTest() {
        messages.setBasename("messages/frameworks");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void theValidatorsPathsReachTheFormsInputs() {
        assertThat(FrameworkErrors.formField("levelScheme.levels[2].minOverall"))
                .isEqualTo("levels[2].minOverall");
        assertThat(FrameworkErrors.formField("levelScheme.code")).isEqualTo("levelSchemeCode");
        assertThat(FrameworkErrors.formField("rounding.mode")).isEqualTo("roundingMode");
        assertThat(FrameworkErrors.formField("tools[1].indicators[0].subIndicators[3].code"))
                .isEqualTo("tools[1].indicators[0].subIndicators[3].code");
        assertThat(FrameworkErrors.formField("tools[0].weight")).isEqualTo("tools[0].weight");
        assertThat(FrameworkErrors.formField("tools[0].colour")).isNull();
        assertThat(FrameworkErrors.id("tools[1].indicators[0].nameTh")).isEqualTo("tools-1-indicators-0-nameTh");
        assertThat(FrameworkErrors.anchor("tools")).isEqualTo("tools-0-weight");
    }

    @Test
    void theMessagesAreThaiWithTheirFiguresAndTheFieldsAreNamed() {
        FrameworkForm form = FrameworkForm.of(Map.of(
                "tools",
                List.of(Map.of("code", "IIT", "weight", 25, "indicators", List.of(Map.of("code", "1", "nameTh", "")))),
                "levelScheme",
                Map.of("levels", List.of())));
        Problem problem = Refusals.problem(
                "validation",
                "ข้อมูลไม่ถูกต้อง",
                new Problem.FieldError("tools", "weights must add up to exactly 100, not 95"),
                new Problem.FieldError("tools[0].indicators[0].nameTh", "must not be blank"),
                new Problem.FieldError("tools[0].colour", "unknown field"));
        FormErrors errors = FrameworkErrors.from(problem, form, messages, Locale.forLanguageTag("th"));
        assertThat(errors.get("tools").text())
                .isEqualTo("น้ำหนักของเครื่องมือรวมกันต้องเท่ากับ 100 พอดี (ตอนนี้รวมได้ 95)");
        assertThat(errors.all())
                .extracting(FormErrors.Issue::labelKey, FormErrors.Issue::labelArg, FormErrors.Issue::anchor)
                .containsExactly(
                        tuple("fw.label.tools", null, "tools-0-weight"),
                        tuple("fw.label.indicator.nameTh", "1", "tools-0-indicators-0-nameTh"),
                        tuple(null, null, null));
        assertThat(errors.all().get(2).message().text()).contains("tools[0].colour");
        assertThat(errors.has("tools[0].indicators"))
                .as("an error of a whole list is the list's, not its items'")
                .isFalse();
        assertThat(errors.idOf("levels[1].minOverall")).isEqualTo("levels-1-minOverall");
    }

    @Test
    void aFieldWithSeveralViolationsShowsThemAllAndTheSummaryListsEach() {
        Problem problem = Refusals.problem(
                "validation",
                "ข้อมูลไม่ถูกต้อง",
                new Problem.FieldError("passMark", "must be a number"),
                new Problem.FieldError("passMark", "must be between 0 and 100"));
        FormErrors errors =
                FrameworkErrors.from(problem, FrameworkForm.of(Map.of()), messages, Locale.forLanguageTag("th"));
        assertThat(errors.all()).hasSize(2);
        assertThat(errors.get("passMark").text())
                .isEqualTo(errors.all().get(0).message().text() + " "
                        + errors.all().get(1).message().text());
    }
}
