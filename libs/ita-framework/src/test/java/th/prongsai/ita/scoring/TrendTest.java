package th.prongsai.ita.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendTest {

    @ParameterizedTest
    @CsvSource({
        "3.70, INCREASED",
        "0.01, INCREASED",
        "-3.70, DECREASED",
        "-0.01, DECREASED",
        "0, UNCHANGED",
        "0.00, UNCHANGED",
        "-0.000, UNCHANGED"
    })
    void followsTheSignOfTheChange(String change, Trend trend) {
        assertThat(Trend.of(new BigDecimal(change))).isEqualTo(trend);
    }

    @Test
    void hasTheThaiWordsReportsUse() {
        assertThat(Trend.INCREASED.labelTh()).isEqualTo("เพิ่มขึ้น");
        assertThat(Trend.DECREASED.labelTh()).isEqualTo("ลดลง");
        assertThat(Trend.UNCHANGED.labelTh()).isEqualTo("คงที่");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> Trend.of(null)).isInstanceOf(NullPointerException.class);
    }
}
