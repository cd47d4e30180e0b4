package th.prongsai.ita.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiNumbersTest {

    @ParameterizedTest
    @CsvSource({"0, 0, ๐", "7, 7, ๗", "12, 12, ๑๒", "2567, 2567, ๒๕๖๗", "-3, -3, -๓"})
    void whole(long value, String arabic, String thai) {
        assertThat(ThaiNumbers.whole(value, DigitStyle.ARABIC)).isEqualTo(arabic);
        assertThat(ThaiNumbers.whole(value, DigitStyle.THAI)).isEqualTo(thai);
    }

    @ParameterizedTest
    @CsvSource({
        "68.5, 2, 68.50, ๖๘.๕๐",
        "68.503, 2, 68.50, ๖๘.๕๐",
        "84.995, 2, 85.00, ๘๕.๐๐",
        "100, 0, 100, ๑๐๐",
        "0, 2, 0.00, ๐.๐๐",
        "74.7338, 1, 74.7, ๗๔.๗",
        "1E+2, 2, 100.00, ๑๐๐.๐๐"
    })
    void decimal(String value, int scale, String arabic, String thai) {
        assertThat(ThaiNumbers.decimal(new BigDecimal(value), scale, DigitStyle.ARABIC))
                .isEqualTo(arabic);
        assertThat(ThaiNumbers.decimal(new BigDecimal(value), scale, DigitStyle.THAI))
                .isEqualTo(thai);
    }

    @ParameterizedTest
    @CsvSource({
        "3.7, +3.70, +๓.๗๐",
        "-3.70, -3.70, -๓.๗๐",
        "0, 0.00, ๐.๐๐",
        "-0.001, 0.00, ๐.๐๐",
        "0.004, 0.00, ๐.๐๐",
        "0.005, +0.01, +๐.๐๑",
        "-24.16, -24.16, -๒๔.๑๖"
    })
    void signedChange(String value, String arabic, String thai) {
        assertThat(ThaiNumbers.signedChange(new BigDecimal(value), 2, DigitStyle.ARABIC))
                .isEqualTo(arabic);
        assertThat(ThaiNumbers.signedChange(new BigDecimal(value), 2, DigitStyle.THAI))
                .isEqualTo(thai);
    }

    @Property
    void signedChangeOfANegationFlipsOnlyTheSign(@ForAll @IntRange(min = 1, max = 1_000_000) int hundredths) {
        BigDecimal value = BigDecimal.valueOf(hundredths, 2);
        String positive = ThaiNumbers.signedChange(value, 2, DigitStyle.ARABIC);
        String negative = ThaiNumbers.signedChange(value.negate(), 2, DigitStyle.ARABIC);
        assertThat(positive).startsWith("+");
        assertThat(negative).isEqualTo("-" + positive.substring(1));
        assertThat(new BigDecimal(positive)).isEqualByComparingTo(value);
    }
}
