package th.prongsai.web.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import th.prongsai.web.layout.FormErrors.Issue;
import th.prongsai.web.layout.FormErrors.Message;
import th.prongsai.web.platform.Problem;
import th.prongsai.web.platform.Refusals;

class FormErrorsTest {

    @Test
    void noErrorsIsNothingToShow() {
        FormErrors errors = FormErrors.none();
        assertThat(errors.any()).isFalse();
        assertThat(errors.has("name")).isFalse();
        assertThat(errors.get("name")).isNull();
        assertThat(errors.all()).isEmpty();
        assertThat(errors.general()).isNull();
    }

    @Test
    void thePagesOwnErrorsAreMessageKeysByField() {
        FormErrors one = FormErrors.of("confirmPassword", "password.mismatch");
        assertThat(one.get("confirmPassword")).isEqualTo(Message.ofKey("password.mismatch"));
        assertThat(one.all()).extracting(Issue::field, Issue::anchor).containsExactly(tupleOf("confirmPassword"));

        FormErrors many = FormErrors.of(Map.of("entity", "audit.error.filter"));
        assertThat(many.get("entity").key()).isEqualTo("audit.error.filter");

        FormErrors general = FormErrors.general("scores.conflict");
        assertThat(general.any()).isTrue();
        assertThat(general.general()).isEqualTo(Message.ofKey("scores.conflict"));
        assertThat(general.all()).singleElement().satisfies(i -> {
            assertThat(i.field()).isNull();
            assertThat(i.anchor()).isNull();
        });
    }

    @Test
    void beanValidationTextsBecomeTheCommonMessagesAndOthersStayAsTheApiSaidThem() {
        FormErrors errors = FormErrors.from(Refusals.invalid(
                "validation",
                "ข้อมูลไม่ถูกต้อง",
                new Problem.FieldError("name", "must not be blank"),
                new Problem.FieldError("name", "size must be between 1 and 200"),
                new Problem.FieldError("steps[2]", "size must be between 1 and 500"),
                new Problem.FieldError("count", "must be greater than 0"),
                new Problem.FieldError("website", "must be a well-formed URL"),
                new Problem.FieldError("colour", "is not a colour")));
        assertThat(errors.get("name").key())
                .as("the first error of a field is the one shown")
                .isEqualTo("error.field.required");
        assertThat(errors.get("count").key()).isEqualTo("error.field.range");
        assertThat(errors.get("website").key()).isEqualTo("error.field.format");
        assertThat(errors.get("colour")).isEqualTo(Message.ofText("is not a colour"));
        assertThat(errors.general()).isNull();
        assertThat(errors.all())
                .extracting(Issue::field)
                .containsExactly("name", "steps[2]", "count", "website", "colour");
        assertThat(errors.all().get(1).anchor())
                .as("the summary links to the input")
                .isEqualTo("steps-2");
    }

    @Test
    void aPartsErrorIsShownAtItsWholeInMostForms() {
        FormErrors errors = FormErrors.from(Refusals.invalid(
                "validation",
                "ข้อมูลไม่ถูกต้อง",
                new Problem.FieldError("steps[2]", "must not be blank"),
                new Problem.FieldError("indicators.3", "must be between 0 and 100")));
        assertThat(errors.has("steps")).isTrue();
        assertThat(errors.get("steps").key()).isEqualTo("error.field.required");
        assertThat(errors.has("indicators")).isTrue();
        assertThat(errors.has("indicator")).isFalse();
    }

    @Test
    void aRefusalOfTheApisOwnShowsItsThaiDetailAtEachField() {
        FormErrors errors = FormErrors.from(Refusals.invalid(
                "wrong-current-password",
                "รหัสผ่านปัจจุบันไม่ถูกต้อง",
                new Problem.FieldError("currentPassword", "wrong")));
        assertThat(errors.get("currentPassword")).isEqualTo(Message.ofText("รหัสผ่านปัจจุบันไม่ถูกต้อง"));
        assertThat(errors.general()).isNull();
    }

    @Test
    void withoutFieldErrorsTheProblemsDetailIsTheGeneralMessage() {
        FormErrors errors = FormErrors.from(Refusals.invalid("validation", "ข้อมูลไม่ถูกต้อง"));
        assertThat(errors.any()).isTrue();
        assertThat(errors.general()).isEqualTo(Message.ofText("ข้อมูลไม่ถูกต้อง"));
        assertThat(errors.all()).hasSize(1);
    }

    @Test
    void fieldsWithRulesThePageWordsItselfGetItsOwnMessages() {
        FormErrors errors = FormErrors.from(
                Refusals.invalid(
                        "validation",
                        "ข้อมูลไม่ถูกต้อง",
                        new Problem.FieldError("username", "must match \"[a-z]+\""),
                        new Problem.FieldError("roles[0]", "must match \"[A-Z_]+\""),
                        new Problem.FieldError("displayName", "must not be blank")),
                "users.error.",
                Set.of("username", "roles"));
        assertThat(errors.get("username").key()).isEqualTo("users.error.username");
        assertThat(errors.get("roles[0]").key()).isEqualTo("users.error.roles");
        assertThat(errors.get("roles").key()).isEqualTo("users.error.roles");
        assertThat(errors.get("displayName").key()).isEqualTo("error.field.required");
    }

    @Test
    void aReadingRenamesFieldsOrLeavesThemToTheSummary() {
        FormErrors errors = FormErrors.from(
                Refusals.invalid(
                        "validation",
                        "ข้อมูลไม่ถูกต้อง",
                        new Problem.FieldError("body.code", "must not be blank"),
                        new Problem.FieldError("$", "unreadable")),
                (error, standard) ->
                        error.field().equals("$") ? null : new Issue("code", "code", null, null, standard.message()));
        assertThat(errors.get("code").key()).isEqualTo("error.field.required");
        assertThat(errors.all()).hasSize(1);
    }

    @Test
    void inputsOfTheirOwnIdsKeepTheirLabelsAndRows() {
        FormErrors errors = FormErrors.none()
                .add("methodSteps-2", "measures.field.methodSteps", 3, "error.field.required")
                .addText("file", "measures.field.file", "ไฟล์ใหญ่เกินไป")
                .add("methodSteps-2", "measures.field.methodSteps", 3, "error.field.length");
        assertThat(errors.all())
                .extracting(Issue::anchor, Issue::labelKey, Issue::labelArg)
                .containsExactly(
                        tuple("methodSteps-2", "measures.field.methodSteps", 3),
                        tuple("file", "measures.field.file", null));
        assertThat(errors.get("methodSteps-2").key()).isEqualTo("error.field.required");
        assertThat(errors.get("file").text()).isEqualTo("ไฟล์ใหญ่เกินไป");
        assertThat(errors.has("methodSteps")).isFalse();
    }

    @Test
    void formsNamedByPathsHaveTheirOwnIdsAndAListsErrorIsTheLists() {
        FormErrors errors = FormErrors.namedBy(f -> f.replaceAll("[\\[\\].]+", "-"))
                .addEach(new Issue("tools[0].weight", "tools-0-weight", null, null, Message.ofText("ต้องเป็นตัวเลข")))
                .addEach(new Issue("tools[0].weight", "tools-0-weight", null, null, Message.ofText("ต้องมากกว่า 0")))
                .addEach(new Issue(null, null, null, null, Message.ofText("ช่องที่ไม่รู้จัก")));
        assertThat(errors.idOf("tools[1].code")).isEqualTo("tools-1-code");
        assertThat(errors.has("tools")).isFalse();
        assertThat(errors.get("tools[0].weight").text()).isEqualTo("ต้องเป็นตัวเลข ต้องมากกว่า 0");
        assertThat(errors.all()).hasSize(3);
        assertThat(errors.general()).isNull();
        assertThat(FormErrors.none().idOf("steps[2]")).isEqualTo("steps-2");
    }

    @Test
    void theSummaryFollowsTheFormsOrderAndEndsWithTheGeneralMessage() {
        FormErrors errors = FormErrors.none()
                .add("website", "a")
                .add("code", "b")
                .add(new Issue(null, null, null, null, Message.ofText("ทั้งฟอร์ม")))
                .add("nameTh", "c")
                .inOrder(List.of("code", "nameTh", "nameEn"));
        assertThat(errors.all()).extracting(Issue::field).containsExactly("code", "nameTh", "website", null);
        assertThat(errors.all().get(3).message().text()).isEqualTo("ทั้งฟอร์ม");
    }

    @Test
    void aFeaturesSentencesGoInFrontOfTheCommonOnes() {
        var known = FormErrors.withValidation(
                List.of(Map.entry(Pattern.compile("must be greater than 0"), "own.positive")));
        assertThat(FormErrors.translate("must be greater than 0", known).key()).isEqualTo("own.positive");
        assertThat(FormErrors.translate("must be greater than 5", known).key()).isEqualTo("error.field.range");
        assertThat(FormErrors.translate("odd", known)).isEqualTo(Message.ofText("odd"));
        assertThat(FormErrors.translate(null, known)).isEqualTo(Message.ofText(null));
    }

    private static Tuple tupleOf(String field) {
        return tuple(field, field);
    }
}
