package th.prongsai.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class ThaiFormatTest {

    private final ThaiFormat thai = new ThaiFormat();

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void writesDatesAndMonthsAsAThaiOfficerDoes() {
        LocaleContextHolder.setLocale(Locale.of("th", "TH"));
        assertThat(thai.date("2024-10-22")).isEqualTo("22 ตุลาคม 2567");
        assertThat(thai.dateTime("2024-10-22T07:05:00Z")).isEqualTo("22 ตุลาคม 2567 เวลา 14:05 น.");
        assertThat(thai.month("2021-01")).isEqualTo("มกราคม 2564");
        assertThat(thai.shortMonth("2023-10")).isEqualTo("ต.ค. 66");
        assertThat(thai.fiscalYear(2568)).isEqualTo("ปีงบประมาณ 2568");
    }

    @Test
    void inEnglishTheYearIsStillTheFiscalYearsBuddhistEraName() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(thai.date("2024-10-22")).isEqualTo("22 October 2024");
        assertThat(thai.fiscalYear(2568)).isEqualTo("FY 2568 BE (2024–25)");
    }

    @Test
    void figuresHaveTwoDecimalsAndChangesARealMinusSign() {
        assertThat(thai.score(68.503)).isEqualTo("68.50");
        assertThat(thai.score(null)).isEqualTo("–");
        assertThat(thai.change(-3.7)).isEqualTo("−3.70");
        assertThat(thai.change(10.6)).isEqualTo("+10.60");
        assertThat(thai.bytes(1_468_006)).isEqualTo("1.4 MB");
        assertThat(thai.bytes(820_000)).isEqualTo("801 KB");
    }
}
