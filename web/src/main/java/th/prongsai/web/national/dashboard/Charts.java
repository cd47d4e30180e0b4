package th.prongsai.web.national.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the dashboard's SVG charts, drawn by the templates with presentation attributes (CSP allows no
 * inline style). Only positions are worked out here: every figure shown is the API's, printed as it came.
 */
final class Charts {

    /** A percentage axis tick. */
    record Tick(int value, double at) {}

    /** One bar: its label, the API's value as text, where it lies, and whether it reaches the target. */
    record Bar(
            String label,
            String value,
            double x,
            double y,
            double width,
            double height,
            double labelX,
            double labelY,
            boolean reachesTarget) {}

    /** A chart: its view box, bars, the target line and the ticks of its percentage axis. */
    record Chart(
            int width,
            int height,
            List<Bar> bars,
            double targetFrom,
            double targetTo,
            double targetAt,
            double targetLabelX,
            double targetLabelY,
            List<Tick> ticks,
            double axisFrom,
            double axisTo) {}

    /** A value to draw: a label and a percentage (null when the API had no figure). */
    record Value(String label, BigDecimal percent) {}

    private static final int TICK_STEP = 20;

    private Charts() {}

    /** Vertical bars, one per year, with the target as a horizontal line. */
    static Chart columns(List<Value> values, BigDecimal target) {
        int left = 44;
        int right = 100; // room for the target's label beside the end of its line
        int top = 28;
        int plot = 200;
        int bottom = 36;
        int slot = Math.max(56, Math.min(110, 560 / Math.max(1, values.size())));
        int width = left + right + slot * Math.max(1, values.size());
        int height = top + plot + bottom;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            double h = v.percent() == null ? 0 : plot * v.percent().doubleValue() / 100;
            double x = left + i * slot + slot * 0.2;
            double w = slot * 0.6;
            double y = top + plot - h;
            bars.add(new Bar(
                    v.label(),
                    v.percent() == null
                            ? "–"
                            : v.percent().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    x,
                    y,
                    w,
                    h,
                    x + w / 2,
                    top + plot + 22,
                    reaches(v.percent(), target)));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int t = 0; t <= 100; t += TICK_STEP) {
            ticks.add(new Tick(t, top + plot - plot * t / 100.0));
        }
        double targetY = top + plot - plot * target.doubleValue() / 100;
        return new Chart(
                width,
                height,
                bars,
                left,
                width - right,
                targetY,
                width - right + 6,
                targetY + 4,
                ticks,
                top,
                top + plot);
    }

    /** Horizontal bars, one per row (provinces, LAO types), with the target as a vertical line. */
    static Chart rows(List<Value> values, BigDecimal target, int labelWidth) {
        int plot = 380;
        int valueWidth = 64;
        int top = 34;
        int row = 20;
        int width = labelWidth + plot + valueWidth;
        int height = top + row * Math.max(1, values.size()) + 8;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            double w = v.percent() == null ? 0 : plot * v.percent().doubleValue() / 100;
            double y = top + i * row + 3;
            bars.add(new Bar(
                    v.label(),
                    v.percent() == null
                            ? "–"
                            : v.percent().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    labelWidth,
                    y,
                    w,
                    row - 6,
                    labelWidth + w + 6,
                    y + row - 9,
                    reaches(v.percent(), target)));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int t = 0; t <= 100; t += TICK_STEP) {
            ticks.add(new Tick(t, labelWidth + plot * t / 100.0));
        }
        double targetX = labelWidth + plot * target.doubleValue() / 100;
        return new Chart(width, height, bars, top - 4, height - 4, targetX, targetX, 12, ticks, top - 4, height - 4);
    }

    private static boolean reaches(BigDecimal percent, BigDecimal target) {
        return percent != null && percent.compareTo(target) >= 0;
    }
}
