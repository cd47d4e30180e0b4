package th.prongsai.ita.thai;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores and changes as Thai reports print them, in either digit style. */
public final class ThaiNumbers {

    private ThaiNumbers() {}

    /** A whole number, as a page number or a count: 12 → "12" / "๑๒". */
    public static String whole(long n, DigitStyle s) {
        return s.apply(Long.toString(n));
    }

    /** The value rounded HALF_UP to the scale: 68.5 at scale 2 → "68.50" / "๖๘.๕๐". */
    public static String decimal(BigDecimal v, int scale, DigitStyle s) {
        return s.apply(v.setScale(scale, RoundingMode.HALF_UP).toPlainString());
    }

    /**
     * A change with its sign, as a comparison table prints it: "+3.70", "-3.70", and "0.00" without a sign
     * (also for a small change that rounds to zero).
     */
    public static String signedChange(BigDecimal v, int scale, DigitStyle s) {
        BigDecimal rounded = v.setScale(scale, RoundingMode.HALF_UP);
        String text = rounded.toPlainString();
        return s.apply(rounded.signum() > 0 ? "+" + text : text);
    }
}
