package th.prongsai.ita.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a framework's published figures are rounded: 2 decimals, {@link RoundingMode#HALF_UP} in every built-in year. */
public record Rounding(int scale, RoundingMode mode) {

    /** The value rounded to this scale and mode. */
    public BigDecimal apply(BigDecimal value) {
        return value.setScale(scale, mode);
    }
}
