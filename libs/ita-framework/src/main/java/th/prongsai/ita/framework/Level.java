package th.prongsai.ita.framework;

import java.math.BigDecimal;

/**
 * One band of a level scheme (ระดับผลการประเมิน), such as "ผ่านดี" or "A".
 *
 * @param minOverall  the lowest overall score of the band
 * @param minEachTool the lowest score every tool must reach as well, or {@code null} when the band has no tool condition
 * @param passed      whether the band counts as passing (ผ่าน)
 */
public record Level(
        String code, String labelTh, String labelEn, BigDecimal minOverall, BigDecimal minEachTool, boolean passed) {

    /** Whether an overall score and the tool means fall in this band (ignoring the bands above it). */
    public boolean matches(BigDecimal overall, Iterable<BigDecimal> toolMeans) {
        if (overall.compareTo(minOverall) < 0) {
            return false;
        }
        if (minEachTool == null) {
            return true;
        }
        for (BigDecimal mean : toolMeans) {
            if (mean.compareTo(minEachTool) < 0) {
                return false;
            }
        }
        return true;
    }
}
