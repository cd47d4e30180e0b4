package th.prongsai.ita.thai;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates as Thai documents write them, Buddhist-Era years and Thai month names, taken from java.time's
 * {@link ThaiBuddhistChronology} and the th-TH locale data rather than hand-written tables.
 */
public final class ThaiDates {

    private static final Locale THAI = Locale.of("th", "TH");

    private ThaiDates() {}

    /** The full month name: OCTOBER → "ตุลาคม". */
    public static String monthName(Month m) {
        return m.getDisplayName(TextStyle.FULL, THAI);
    }

    /** The abbreviated month name: OCTOBER → "ต.ค.". */
    public static String monthAbbreviation(Month m) {
        return m.getDisplayName(TextStyle.SHORT, THAI);
    }

    /** Day, month name and BE year: "22 ตุลาคม 2567" / "๒๒ ตุลาคม ๒๕๖๗". */
    public static String longDate(LocalDate d, DigitStyle s) {
        return formatter("d MMMM yyyy", s).format(d);
    }

    /** Abbreviated month and two-digit BE year, as report tables write periods: "ต.ค. 67" / "ต.ค. ๖๗". */
    public static String shortMonth(YearMonth ym, DigitStyle s) {
        // A YearMonth has no day, and the chronology override needs a whole date; the day is not printed.
        return formatter("MMM yy", s).format(ym.atDay(1));
    }

    /** Month name and BE year: "มกราคม 2564" / "มกราคม ๒๕๖๔". */
    public static String longMonth(YearMonth ym, DigitStyle s) {
        return formatter("MMMM yyyy", s).format(ym.atDay(1));
    }

    private static DateTimeFormatter formatter(String pattern, DigitStyle s) {
        return DateTimeFormatter.ofPattern(pattern, THAI)
                .withChronology(ThaiBuddhistChronology.INSTANCE)
                .withDecimalStyle(DecimalStyle.STANDARD.withZeroDigit(s.zeroDigit()));
    }
}
