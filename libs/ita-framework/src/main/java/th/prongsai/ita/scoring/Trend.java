package th.prongsai.ita.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** The direction an indicator moved from one year to the next, with the Thai word reports use. */
public enum Trend {
    INCREASED("เพิ่มขึ้น"),
    DECREASED("ลดลง"),
    UNCHANGED("คงที่");

    private final String labelTh;

    Trend(String labelTh) {
        this.labelTh = labelTh;
    }

    public String labelTh() {
        return labelTh;
    }

    /** The trend of a change: above zero increased, below zero decreased, zero (at any scale) unchanged. */
    public static Trend of(BigDecimal change) {
        Objects.requireNonNull(change, "change");
        return switch (change.signum()) {
            case 1 -> INCREASED;
            case -1 -> DECREASED;
            default -> UNCHANGED;
        };
    }
}
