package th.prongsai.web.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.Problem;
import th.prongsai.web.platform.Refusals;

class MeasureErrorsTest {

    @Test
    void theRequestsIndexesBecomeTheFormsRowsAndItsSentencesThaiMessages() {
        var refusal = Refusals.invalid(
                "validation",
                "ข้อมูลไม่ถูกต้อง",
                new Problem.FieldError("methodSteps[0]", "size must be between 1 and 500"),
                new Problem.FieldError("evidenceLinks[1].url", "must be an absolute http or https address"),
                new Problem.FieldError("indicatorCodes[3]", "is not an indicator of 2568"),
                new Problem.FieldError("progressNotes", "must not be blank"));
        Map<String, IntUnaryOperator> rows = Map.of("methodSteps", i -> i + 2);
        FormErrors errors = MeasureErrors.from(refusal, rows);
        assertThat(errors.all())
                .extracting(FormErrors.Issue::anchor, FormErrors.Issue::labelKey, FormErrors.Issue::labelArg)
                .containsExactly(
                        tuple("methodSteps-2", "measures.field.methodSteps", 3),
                        tuple("evidenceLinks-1-url", "measures.field.evidenceLinks.url", 2),
                        tuple("indicatorCodes", "measures.field.indicatorCodes", null),
                        tuple("progressNotes", "measures.field.progressNotes.legend", null));
        assertThat(errors.get("methodSteps-2").key()).isEqualTo("error.field.length");
        assertThat(errors.get("evidenceLinks-1-url").key()).isEqualTo("measures.error.url");
        assertThat(errors.get("indicatorCodes").key()).isEqualTo("measures.error.indicator");
    }
}
