package th.prongsai.ita.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ThaiDatesTest {

    @Test
    void monthNames() {
        assertThat(Arrays.stream(Month.values()).map(ThaiDates::monthName))
                .containsExactly(
                        "มกราคม",
                        "กุมภาพันธ์",
                        "มีนาคม",
                        "เมษายน",
                        "พฤษภาคม",
                        "มิถุนายน",
                        "กรกฎาคม",
                        "สิงหาคม",
                        "กันยายน",
                        "ตุลาคม",
                        "พฤศจิกายน",
                        "ธันวาคม");
    }

    @Test
    void monthAbbreviationsAsTheReportsWriteThem() {
        assertThat(Arrays.stream(Month.values()).map(ThaiDates::monthAbbreviation))
                .containsExactly(
                        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.",
                        "ธ.ค.");
    }

    @Test
    void longDate() {
        LocalDate date = LocalDate.of(2024, 10, 22);
        assertThat(ThaiDates.longDate(date, DigitStyle.ARABIC)).isEqualTo("22 ตุลาคม 2567");
        assertThat(ThaiDates.longDate(date, DigitStyle.THAI)).isEqualTo("๒๒ ตุลาคม ๒๕๖๗");
        assertThat(ThaiDates.longDate(LocalDate.of(2025, 1, 5), DigitStyle.ARABIC))
                .isEqualTo("5 มกราคม 2568");
    }

    @Test
    void shortMonth() {
        assertThat(ThaiDates.shortMonth(YearMonth.of(2024, 10), DigitStyle.ARABIC))
                .isEqualTo("ต.ค. 67");
        assertThat(ThaiDates.shortMonth(YearMonth.of(2024, 10), DigitStyle.THAI))
                .isEqualTo("ต.ค. ๖๗");
        assertThat(ThaiDates.shortMonth(YearMonth.of(2025, 9), DigitStyle.THAI)).isEqualTo("ก.ย. ๖๘");
        assertThat(ThaiDates.shortMonth(YearMonth.of(2057, 1), DigitStyle.ARABIC))
                .isEqualTo("ม.ค. 00");
    }

    @Test
    void longMonth() {
        assertThat(ThaiDates.longMonth(YearMonth.of(2021, 1), DigitStyle.ARABIC))
                .isEqualTo("มกราคม 2564");
        assertThat(ThaiDates.longMonth(YearMonth.of(2021, 1), DigitStyle.THAI)).isEqualTo("มกราคม ๒๕๖๔");
        assertThat(ThaiDates.longMonth(YearMonth.of(2021, 3), DigitStyle.THAI)).isEqualTo("มีนาคม ๒๕๖๔");
    }
}
