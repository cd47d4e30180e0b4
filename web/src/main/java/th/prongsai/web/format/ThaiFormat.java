package th.prongsai.web.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.ita.thai.FiscalYears;
import th.prongsai.ita.thai.ThaiDates;
import th.prongsai.ita.thai.ThaiNumbers;

/**
 * How pages write dates, months and figures ({@code ${@thai.date(x)}} in templates): Buddhist-Era years and
 * Thai month names from libs/ita-framework, or English with the CE year when the user switched to English.
 * Pages write Arabic digits, as Thai web pages do; documents choose their own digit style.
 */
@Component("thai")
public class ThaiFormat {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    /** "22 ตุลาคม 2567" from a date, an ISO date or date-time text, or an instant. */
    public String date(Object value) {
        LocalDate date = toDate(value);
        if (date == null) {
            return "";
        }
        return english()
                ? date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                : ThaiDates.longDate(date, DigitStyle.ARABIC);
    }

    /** "22 ตุลาคม 2567 เวลา 14:05 น." */
    public String dateTime(Object value) {
        OffsetDateTime at = toDateTime(value);
        if (at == null) {
            return "";
        }
        String time = at.atZoneSameInstant(BANGKOK).format(DateTimeFormatter.ofPattern("HH:mm"));
        LocalDate day = at.atZoneSameInstant(BANGKOK).toLocalDate();
        return english()
                ? date(day) + ", " + time
                : ThaiDates.longDate(day, DigitStyle.ARABIC) + " เวลา " + time + " น.";
    }

    /** "มกราคม 2564" from "2021-01". */
    public String month(Object value) {
        if (value == null || value.toString().isBlank()) {
            return "";
        }
        YearMonth month = YearMonth.parse(value.toString());
        return english()
                ? month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH))
                : ThaiDates.longMonth(month, DigitStyle.ARABIC);
    }

    /** "ต.ค. 67" from "2023-10". */
    public String shortMonth(Object value) {
        if (value == null || value.toString().isBlank()) {
            return "";
        }
        YearMonth month = YearMonth.parse(value.toString());
        return english()
                ? month.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH))
                : ThaiDates.shortMonth(month, DigitStyle.ARABIC);
    }

    /** The Thai month names, for month pickers. */
    public String monthName(int month) {
        return english()
                ? Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                : ThaiDates.monthName(Month.of(month));
    }

    /** "ปีงบประมาณ 2567" or "Fiscal year 2567 (2023–24)". */
    public String fiscalYear(int fiscalYear) {
        int ce = FiscalYears.toCe(fiscalYear);
        return english()
                ? "FY " + fiscalYear + " BE (" + (ce - 1) + "–"
                        + String.valueOf(ce).substring(2) + ")"
                : "ปีงบประมาณ " + fiscalYear;
    }

    /** The fiscal year in force today (Buddhist Era). */
    public int currentFiscalYear() {
        return FiscalYears.of(LocalDate.now(BANGKOK));
    }

    /** A score with two decimals: "68.50". */
    public String score(Object value) {
        BigDecimal number = toDecimal(value);
        return number == null ? "–" : number.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A change with its sign, rounded as the documents round it ({@link ThaiNumbers#signedChange}): "+3.70",
     * "−3.70". On screen the minus is the real minus sign, which screen readers read as "minus".
     */
    public String change(Object value) {
        BigDecimal number = toDecimal(value);
        if (number == null) {
            return "–";
        }
        String text = ThaiNumbers.signedChange(number, 2, DigitStyle.ARABIC);
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }

    /** Bytes as a person reads them: "1.4 MB", "820 KB". */
    public String bytes(Object value) {
        BigDecimal number = toDecimal(value);
        if (number == null) {
            return "";
        }
        long n = number.longValue();
        if (n >= 1024 * 1024) {
            return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP) + " MB";
        }
        return Math.max(1, (n + 1023) / 1024) + " KB";
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private static BigDecimal toDecimal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        try {
            return new BigDecimal(value.toString());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        String text = value.toString();
        if (text.length() == 10) {
            return LocalDate.parse(text);
        }
        OffsetDateTime at = toDateTime(value);
        return at == null ? null : at.atZoneSameInstant(BANGKOK).toLocalDate();
    }

    private static OffsetDateTime toDateTime(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        try {
            return OffsetDateTime.parse(value.toString());
        } catch (RuntimeException notOffset) {
            return Instant.parse(value.toString()).atOffset(ZoneOffset.UTC);
        }
    }
}
