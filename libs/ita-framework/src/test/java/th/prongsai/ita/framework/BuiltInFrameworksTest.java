package th.prongsai.ita.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuiltInFrameworksTest {

    @Test
    void holdsTheYears2563To2568InOrder() {
        assertThat(BuiltInFrameworks.all())
                .extracting(Framework::fiscalYear)
                .containsExactly(2563, 2564, 2565, 2566, 2567, 2568);
    }

    @Test
    void findsAYearAndNothingOutsideTheRange() {
        assertThat(BuiltInFrameworks.of(2567)).map(Framework::fiscalYear).contains(2567);
        assertThat(BuiltInFrameworks.of(2562)).isEmpty();
        assertThat(BuiltInFrameworks.of(2569)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {2563, 2564, 2565, 2566, 2567, 2568})
    void everyYearIsValidAndHasTheCommonShape(int year) {
        Framework f = BuiltInFrameworks.of(year).orElseThrow();
        assertThat(FrameworkValidator.validate(f)).isEmpty();
        assertThat(f.nameTh()).endsWith("พ.ศ. " + year);
        assertThat(f.passMark()).isEqualByComparingTo("85");
        assertThat(f.rounding()).isEqualTo(new Rounding(2, RoundingMode.HALF_UP));
        assertThat(f.tools()).extracting(Tool::code).containsExactly("IIT", "EIT", "OIT");
        assertThat(f.tools())
                .extracting(Tool::weight)
                .extracting(BigDecimal::intValueExact)
                .containsExactly(30, 30, 40);
        assertThat(f.indicators())
                .extracting(Indicator::code)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 10).mapToObj(String::valueOf).toList());
        assertThat(f.tools().get(0).indicators()).extracting(Indicator::code).containsExactly("1", "2", "3", "4", "5");
        assertThat(f.tools().get(1).indicators()).extracting(Indicator::code).containsExactly("6", "7", "8");
        assertThat(f.indicator("9").orElseThrow().subIndicators())
                .extracting(SubIndicator::code)
                .containsExactly("9.1", "9.2", "9.3", "9.4", "9.5");
        assertThat(f.indicator("10").orElseThrow().subIndicators())
                .extracting(SubIndicator::code)
                .containsExactly("10.1", "10.2");
        assertThat(f.indicator("3").orElseThrow().nameTh()).isEqualTo("การใช้อำนาจ");
        assertThat(f.indicator("8").orElseThrow().nameTh()).isEqualTo("การปรับปรุงระบบการทำงาน");
    }

    @ParameterizedTest
    @ValueSource(ints = {2563, 2564, 2565})
    void yearsUpTo2565UseLetters(int year) {
        LevelScheme scheme = BuiltInFrameworks.of(year).orElseThrow().levelScheme();
        assertThat(scheme.code()).isEqualTo("LETTERS");
        assertThat(scheme.levels()).extracting(Level::code).containsExactly("AA", "A", "B", "C", "D", "E", "F");
        assertThat(scheme.levels())
                .extracting(level -> level.minOverall().intValueExact())
                .containsExactly(95, 85, 75, 65, 55, 50, 0);
        assertThat(scheme.levels())
                .filteredOn(Level::passed)
                .extracting(Level::code)
                .containsExactly("AA", "A");
        assertThat(scheme.levels()).allMatch(level -> level.minEachTool() == null);
    }

    @ParameterizedTest
    @ValueSource(ints = {2566, 2567, 2568})
    void yearsFrom2566UseThaiLabels(int year) {
        LevelScheme scheme = BuiltInFrameworks.of(year).orElseThrow().levelScheme();
        assertThat(scheme.code()).isEqualTo("THAI_LABELS");
        assertThat(scheme.levels())
                .extracting(Level::labelTh)
                .containsExactly("ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน");
        assertThat(scheme.levels())
                .extracting(level -> level.minOverall().intValueExact())
                .containsExactly(95, 85, 85, 70, 0);
        assertThat(scheme.levels())
                .extracting(level ->
                        level.minEachTool() == null ? null : level.minEachTool().intValueExact())
                .containsExactly(95, 85, null, null, null);
        assertThat(scheme.levels()).extracting(Level::passed).containsExactly(true, true, true, false, false);
    }

    @ParameterizedTest
    @ValueSource(ints = {2563, 2564, 2565, 2566})
    void subIndicatorNamesUntil2566(int year) {
        Framework f = BuiltInFrameworks.of(year).orElseThrow();
        assertThat(subNames(f, "9"))
                .containsExactly(
                        "ข้อมูลพื้นฐาน",
                        "การบริหารงาน",
                        "การบริหารเงินงบประมาณ",
                        "การบริหารและพัฒนาทรัพยากรบุคคล",
                        "การส่งเสริมความโปร่งใส");
        assertThat(subNames(f, "10"))
                .containsExactly("การดำเนินการเพื่อป้องกันการทุจริต", "มาตรการภายในเพื่อป้องกันการทุจริต");
    }

    @ParameterizedTest
    @ValueSource(ints = {2567, 2568})
    void subIndicatorNamesFrom2567(int year) {
        Framework f = BuiltInFrameworks.of(year).orElseThrow();
        assertThat(subNames(f, "9"))
                .containsExactly(
                        "ข้อมูลพื้นฐาน",
                        "การบริหารงานและการใช้จ่ายงบประมาณ",
                        "การจัดซื้อจัดจ้าง",
                        "การบริหารและพัฒนาทรัพยากรบุคคล",
                        "การส่งเสริมความโปร่งใส");
        assertThat(subNames(f, "10"))
                .containsExactly("การดำเนินการเพื่อป้องกันการทุจริตในประเด็นสินบน", "การส่งเสริมคุณธรรมและความโปร่งใส");
    }

    @ParameterizedTest
    @ValueSource(ints = {2563, 2564, 2565, 2566, 2567, 2568})
    void dataFilesAreInCanonicalForm(int year) throws IOException {
        try (InputStream in =
                BuiltInFrameworks.class.getResourceAsStream("/th/prongsai/ita/frameworks/" + year + ".json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(FrameworkJson.write(FrameworkJson.parse(text))).isEqualTo(text);
        }
    }

    @Test
    void returnsAnUnmodifiableList() {
        List<Framework> all = BuiltInFrameworks.all();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> all.add(all.getFirst()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static List<String> subNames(Framework f, String code) {
        return f.indicator(code).orElseThrow().subIndicators().stream()
                .map(SubIndicator::nameTh)
                .toList();
    }
}
