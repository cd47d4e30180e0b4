package th.prongsai.ita.thai;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * The Thai government fiscal year (ปีงบประมาณ): 1 October of BE−1 to 30 September of BE, named by the
 * Buddhist-Era year it ends in (BE = CE + 543). FY 2568 runs from 2024-10-01 to 2025-09-30.
 */
public final class FiscalYears {

    private static final int BE_OFFSET = 543;
    private static final Month FIRST_MONTH = Month.OCTOBER;

    private FiscalYears() {}

    /** The fiscal year a date falls in: 2024-10-01 → 2568, 2024-09-30 → 2567. */
    public static int of(LocalDate date) {
        int be = toBe(date.getYear());
        return date.getMonthValue() >= FIRST_MONTH.getValue() ? be + 1 : be;
    }

    /** The first day: 2568 → 2024-10-01. */
    public static LocalDate start(int fiscalYear) {
        return firstMonth(fiscalYear).atDay(1);
    }

    /** The last day: 2568 → 2025-09-30. */
    public static LocalDate end(int fiscalYear) {
        return lastMonth(fiscalYear).atEndOfMonth();
    }

    /** The first month: 2568 → 2024-10. */
    public static YearMonth firstMonth(int fiscalYear) {
        return YearMonth.of(toCe(fiscalYear) - 1, FIRST_MONTH);
    }

    /** The last month: 2568 → 2025-09. */
    public static YearMonth lastMonth(int fiscalYear) {
        return YearMonth.of(toCe(fiscalYear), FIRST_MONTH.minus(1));
    }

    /** Buddhist Era (พ.ศ.) to Common Era (ค.ศ.): 2567 → 2024. */
    public static int toCe(int beYear) {
        return beYear - BE_OFFSET;
    }

    /** Common Era (ค.ศ.) to Buddhist Era (พ.ศ.): 2024 → 2567. */
    public static int toBe(int ceYear) {
        return ceYear + BE_OFFSET;
    }
}
