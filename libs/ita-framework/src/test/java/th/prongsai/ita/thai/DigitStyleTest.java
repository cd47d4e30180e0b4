package th.prongsai.ita.thai;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DigitStyleTest {

    @Test
    void thaiTurnsArabicDigitsIntoThaiDigits() {
        assertThat(DigitStyle.THAI.apply("0123456789")).isEqualTo("๐๑๒๓๔๕๖๗๘๙");
        assertThat(DigitStyle.THAI.apply("ปีงบประมาณ พ.ศ. 2567 คะแนน 68.50"))
                .isEqualTo("ปีงบประมาณ พ.ศ. ๒๕๖๗ คะแนน ๖๘.๕๐");
    }

    @Test
    void arabicTurnsThaiDigitsIntoArabicDigits() {
        assertThat(DigitStyle.ARABIC.apply("๐๑๒๓๔๕๖๗๘๙")).isEqualTo("0123456789");
        assertThat(DigitStyle.ARABIC.apply("ต.ค. ๖๗ - ก.ย. ๖๘")).isEqualTo("ต.ค. 67 - ก.ย. 68");
    }

    @Test
    void keepsTextWithoutDigitsAndDigitsAlreadyInStyle() {
        assertThat(DigitStyle.THAI.apply("")).isEmpty();
        assertThat(DigitStyle.THAI.apply("๒๕๖๗ abc")).isEqualTo("๒๕๖๗ abc");
        assertThat(DigitStyle.ARABIC.apply("2567 ไม่มี")).isEqualTo("2567 ไม่มี");
    }

    @Property
    void convertingThereAndBackKeepsArabicText(@ForAll String text) {
        String arabic = DigitStyle.ARABIC.apply(text);
        assertThat(DigitStyle.ARABIC.apply(DigitStyle.THAI.apply(arabic))).isEqualTo(arabic);
        assertThat(DigitStyle.THAI.apply(text)).hasSameSizeAs(text).doesNotContainPattern("[0-9]");
    }
}
