package th.prongsai.web.scores;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.Problem;

class ScoreErrorsTest {

    @Test
    void theApisSentencesBecomeThaiMessagesByField() throws Exception {
        Problem problem = new Problem(
                "https://prongsai.th/problems/validation",
                "Validation failed",
                "ข้อมูลไม่ถูกต้อง",
                List.of(
                        new Problem.FieldError("indicators.2", "score must be between 0 and 100"),
                        new Problem.FieldError("indicators.3", "score must have at most 2 decimals"),
                        new Problem.FieldError("indicators.4", "score is missing"),
                        new Problem.FieldError("publishedLevel", "must be one of the levels of 2567: [ผ่าน]"),
                        new Problem.FieldError("indicators.11", "unknown indicator for fiscal year 2567")),
                Map.of());
        FormErrors errors = ScoreErrors.from(invalid(problem));
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

    private static ApiException invalid(Problem problem) throws Exception {
        Constructor<ApiException.Invalid> constructor =
                ApiException.Invalid.class.getDeclaredConstructor(int.class, Problem.class);
        constructor.setAccessible(true);
        return constructor.newInstance(400, problem);
    }
}
