package th.prongsai.web.scores;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.Problem;
import th.prongsai.web.platform.Refusals;

class ScoreErrorsTest {

    @Test
    void theApisSentencesBecomeThaiMessagesByField() {
        FormErrors errors = ScoreErrors.from(Refusals.invalid(
                "validation",
                "ข้อมูลไม่ถูกต้อง",
                new Problem.FieldError("indicators.2", "score must be between 0 and 100"),
                new Problem.FieldError("indicators.3", "score must have at most 2 decimals"),
                new Problem.FieldError("indicators.4", "score is missing"),
                new Problem.FieldError("publishedLevel", "must be one of the levels of 2567: [ผ่าน]"),
                new Problem.FieldError("indicators.11", "unknown indicator for fiscal year 2567")));
        assertThat(errors.get("indicators.2").key()).isEqualTo("scores.error.range");
        assertThat(errors.get("indicators.3").key()).isEqualTo("scores.error.decimals");
        assertThat(errors.get("indicators.4").key()).isEqualTo("scores.error.missing");
        assertThat(errors.get("publishedLevel").key()).isEqualTo("scores.error.level");
        assertThat(errors.get("indicators.11").text())
                .as("an unknown sentence is shown as the API said it")
                .isEqualTo("unknown indicator for fiscal year 2567");
        assertThat(errors.has("indicators.1")).isFalse();
        assertThat(errors.all()).hasSize(5);
    }
}
