package th.prongsai.ita.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameworkTest {

    private final Framework f = BuiltInFrameworks.of(2567).orElseThrow();

    @Test
    void listsIndicatorsInToolOrder() {
        assertThat(f.indicators())
                .extracting(Indicator::code)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    }

    @Test
    void findsIndicatorsByCode() {
        assertThat(f.indicator("7")).map(Indicator::nameTh).contains("ประสิทธิภาพการสื่อสาร");
        assertThat(f.indicator("11")).isEmpty();
        assertThat(f.indicator("9.1")).isEmpty();
    }

    @Test
    void findsTheToolOfAnIndicator() {
        assertThat(f.toolOf("1")).map(Tool::code).contains("IIT");
        assertThat(f.toolOf("8")).map(Tool::code).contains("EIT");
        assertThat(f.toolOf("10")).map(Tool::code).contains("OIT");
        assertThat(f.toolOf("10.1")).isEmpty();
        assertThat(f.toolOf("IIT")).isEmpty();
    }

    @Test
    void knowsIndicatorAndSubIndicatorCodesOnly() {
        assertThat(f.knowsCode("9")).isTrue();
        assertThat(f.knowsCode("9.1")).isTrue();
        assertThat(f.knowsCode("10.2")).isTrue();
        assertThat(f.knowsCode("10.3")).isFalse();
        assertThat(f.knowsCode("9.6")).isFalse();
        assertThat(f.knowsCode("0")).isFalse();
        assertThat(f.knowsCode("IIT")).isFalse();
        assertThat(f.knowsCode("")).isFalse();
        assertThat(f.knowsCode(null)).isFalse();
    }
}
