package th.prongsai.ita.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.prongsai.ita.framework.BuiltInFrameworks;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.Violation;

class ScoreValidatorTest {

    private static final Framework FY2567 = BuiltInFrameworks.of(2567).orElseThrow();

    @Test
    void acceptsThaPhae2567() {
        assertThat(ScoreValidator.validate(FY2567, Scores.of(Scores.THA_PHAE_2567)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100", "100.00", "0.01", "99.99", "85.5", "85.500", "1E+1"})
    void acceptsScoresFrom0To100WithAtMostTwoDecimals(String score) {
        assertThat(ScoreValidator.validate(FY2567, with("5", new BigDecimal(score))))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01", "101", "-1"})
    void refusesScoresOutside0To100(String score) {
        assertThat(ScoreValidator.validate(FY2567, with("5", new BigDecimal(score))))
                .containsExactly(new Violation("indicators.5", "score must be between 0 and 100"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"85.001", "0.005", "99.999"})
    void refusesMoreThanTwoDecimals(String score) {
        assertThat(ScoreValidator.validate(FY2567, with("7", new BigDecimal(score))))
                .containsExactly(new Violation("indicators.7", "score must have at most 2 decimals"));
    }

    @Test
    void refusesMissingNullAndUnknownIndicators() {
        Map<String, BigDecimal> scores = new HashMap<>(Scores.of(Scores.THA_PHAE_2567));
        scores.remove("4");
        scores.put("9", null);
        scores.put("11", BigDecimal.TEN);
        scores.put("9.1", BigDecimal.TEN);
        scores.put("IIT", BigDecimal.TEN);
        assertThat(ScoreValidator.validate(FY2567, scores))
                .containsExactly(
                        new Violation("indicators.4", "score is missing"),
                        new Violation("indicators.9", "score must not be null"),
                        new Violation("indicators.11", "unknown indicator for fiscal year 2567"),
                        new Violation("indicators.9.1", "unknown indicator for fiscal year 2567"),
                        new Violation("indicators.IIT", "unknown indicator for fiscal year 2567"));
    }

    @Test
    void refusesAnEmptyMapWithOneViolationPerIndicatorAndNull() {
        assertThat(ScoreValidator.validate(FY2567, Map.of()))
                .hasSize(10)
                .allMatch(violation -> violation.message().equals("score is missing"));
        assertThat(ScoreValidator.validate(FY2567, null))
                .extracting(Violation::field)
                .containsExactly("indicators");
    }

    @Test
    void messagesAreEnglish() {
        List<Violation> violations = ScoreValidator.validate(FY2567, Map.of("x", new BigDecimal("-1")));
        assertThat(violations)
                .isNotEmpty()
                .allSatisfy(violation -> assertThat(violation.message()).matches("[\\p{ASCII}]+"));
    }

    private static Map<String, BigDecimal> with(String code, BigDecimal score) {
        Map<String, BigDecimal> scores = new HashMap<>(Scores.all("80"));
        scores.put(code, score);
        return scores;
    }
}
