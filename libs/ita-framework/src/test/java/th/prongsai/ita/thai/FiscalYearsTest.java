package th.prongsai.ita.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearsTest {

    @ParameterizedTest
    @CsvSource({
        "2024-10-01, 2568",
        "2024-09-30, 2567",
        "2025-09-30, 2568",
        "2023-10-01, 2567",
        "2024-01-15, 2567",
        "2020-12-31, 2564",
        "2021-01-01, 2564",
        "2024-02-29, 2567"
    })
    void namesTheFiscalYearByTheBeYearItEndsIn(LocalDate date, int fiscalYear) {
        assertThat(FiscalYears.of(date)).isEqualTo(fiscalYear);
    }

    @Test
    void boundsOfFiscalYear2568() {
        assertThat(FiscalYears.start(2568)).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(FiscalYears.end(2568)).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(FiscalYears.firstMonth(2568)).isEqualTo(YearMonth.of(2024, 10));
        assertThat(FiscalYears.lastMonth(2568)).isEqualTo(YearMonth.of(2025, 9));
    }

    @Test
    void boundsOfFiscalYear2567() {
        assertThat(FiscalYears.firstMonth(2567)).isEqualTo(YearMonth.of(2023, 10));
        assertThat(FiscalYears.lastMonth(2567)).isEqualTo(YearMonth.of(2024, 9));
    }

    @Test
    void convertsBetweenEras() {
        assertThat(FiscalYears.toCe(2567)).isEqualTo(2024);
        assertThat(FiscalYears.toBe(2021)).isEqualTo(2564);
    }

    @Property
    void everyDateLiesInsideItsFiscalYear(@ForAll @IntRange(min = 0, max = 80_000) int epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        int fiscalYear = FiscalYears.of(date);
        assertThat(date).isBetween(FiscalYears.start(fiscalYear), FiscalYears.end(fiscalYear));
        assertThat(YearMonth.from(date))
                .isBetween(FiscalYears.firstMonth(fiscalYear), FiscalYears.lastMonth(fiscalYear));
    }

    @Property
    void fiscalYearsFollowEachOtherWithoutGaps(@ForAll @IntRange(min = 2400, max = 2800) int fiscalYear) {
        assertThat(FiscalYears.end(fiscalYear).plusDays(1)).isEqualTo(FiscalYears.start(fiscalYear + 1));
        assertThat(FiscalYears.of(FiscalYears.start(fiscalYear))).isEqualTo(fiscalYear);
        assertThat(FiscalYears.of(FiscalYears.end(fiscalYear))).isEqualTo(fiscalYear);
        assertThat(FiscalYears.toBe(FiscalYears.toCe(fiscalYear))).isEqualTo(fiscalYear);
    }
}
