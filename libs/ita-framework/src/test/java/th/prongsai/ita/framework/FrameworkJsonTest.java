package th.prongsai.ita.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameworkJsonTest {

    private final Framework f2567 = BuiltInFrameworks.of(2567).orElseThrow();
    private final String json2567 = FrameworkJson.write(f2567);

    @Test
    void writesTheDocumentedShape() {
        assertThat(json2567)
                .contains("\"fiscalYear\" : 2567")
                .contains("\"passMark\" : 85,")
                .contains("\"mode\" : \"HALF_UP\"")
                .contains("\"weight\" : 40,")
                .contains("\"subIndicators\" : [ ]")
                .contains("\"minEachTool\" : null")
                .contains("\"labelTh\" : \"ต้องปรับปรุงโดยด่วน\"")
                .endsWith("}\n");
        assertThat(json2567.indexOf("\"fiscalYear\"")).isLessThan(json2567.indexOf("\"nameTh\""));
        assertThat(json2567.indexOf("\"tools\"")).isLessThan(json2567.indexOf("\"levelScheme\""));
    }

    @Test
    void roundTripsEveryBuiltInYear() {
        for (Framework f : BuiltInFrameworks.all()) {
            assertThat(FrameworkJson.parse(FrameworkJson.write(f))).isEqualTo(f);
        }
    }

    @Test
    void keepsTheScaleOfNumbers() {
        Framework parsed = FrameworkJson.parse(json2567.replace("\"passMark\" : 85,", "\"passMark\" : 85.00,"));
        assertThat(parsed.passMark()).isEqualTo(new BigDecimal("85.00"));
        assertThat(FrameworkJson.write(parsed)).contains("\"passMark\" : 85.00,");
    }

    @Test
    void acceptsCompactJsonAndAMissingMinEachToolAsNoCondition() {
        String compact = json2567.replaceAll("\\s*\"minEachTool\" : null,", "").replace("\n", "");
        assertThat(FrameworkJson.parse(compact)).isEqualTo(f2567);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[1, 2", "not json", "{\"fiscalYear\": 2567,}", "{} {}"})
    void refusesMalformedJson(String json) {
        assertThatThrownBy(() -> FrameworkJson.parse(json))
                .isInstanceOfSatisfying(
                        InvalidFrameworkException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("$"));
    }

    @Test
    void refusesNullAndNonObjects() {
        assertThat(violationFields(null)).containsExactly("$");
        assertThat(violationFields("[]")).containsExactly("$");
        assertThat(violationFields("42")).containsExactly("$");
    }

    @Test
    void refusesDuplicateKeys() {
        assertThat(violationFields(json2567.replace("\"passMark\" : 85,", "\"passMark\" : 85, \"passMark\" : 90,")))
                .containsExactly("$");
    }

    @Test
    void namesEveryMissingTopLevelField() {
        assertThat(violationFields("{}"))
                .containsExactly("fiscalYear", "nameTh", "passMark", "rounding", "tools", "levelScheme");
    }

    @Test
    void namesWrongTypesWithTheirPath() {
        String json = json2567.replace("\"fiscalYear\" : 2567", "\"fiscalYear\" : \"2567\"")
                .replace("\"weight\" : 40", "\"weight\" : \"40\"")
                .replace("\"scale\" : 2", "\"scale\" : 2.5")
                .replaceFirst("\"passed\" : true", "\"passed\" : \"yes\"")
                .replaceFirst("\"nameEn\" : \"Performance of duties\"", "\"nameEn\" : 1");
        assertThat(violationFields(json))
                .containsExactly(
                        "fiscalYear",
                        "rounding.scale",
                        "tools[0].indicators[0].nameEn",
                        "tools[2].weight",
                        "levelScheme.levels[0].passed");
    }

    @Test
    void refusesArraysWhereObjectsBelongAndTheReverse() {
        assertThat(violationFields(json2567.replaceFirst("\"rounding\" : \\{[^}]*}", "\"rounding\" : []")))
                .containsExactly("rounding");
        assertThat(violationFields(json2567.replaceFirst("\"subIndicators\" : \\[ ]", "\"subIndicators\" : {}")))
                .containsExactly("tools[0].indicators[0].subIndicators");
    }

    @Test
    void refusesUnknownFieldsAndRoundingModes() {
        assertThat(violationFields(json2567.replace("\"passMark\" : 85,", "\"passMark\" : 85, \"passmark\" : 80,")))
                .containsExactly("passmark");
        assertThat(violationFields(json2567.replaceFirst("\"minEachTool\" : 95", "\"minEachtool\" : 95")))
                .containsExactly("levelScheme.levels[0].minEachtool");
        assertThat(violationFields(json2567.replace("HALF_UP", "HALF_SIDEWAYS")))
                .containsExactly("rounding.mode");
    }

    @Test
    void runsTheValidatorAfterReading() {
        String json = json2567.replace("\"weight\" : 40", "\"weight\" : 41");
        assertThatThrownBy(() -> FrameworkJson.parse(json))
                .isInstanceOfSatisfying(
                        InvalidFrameworkException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation("tools", "weights must add up to exactly 100, not 101")))
                .hasMessageContaining("tools: weights must add up to exactly 100");
    }

    private static List<String> violationFields(String json) {
        try {
            FrameworkJson.parse(json);
        } catch (InvalidFrameworkException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
        throw new AssertionError("expected an InvalidFrameworkException");
    }
}
