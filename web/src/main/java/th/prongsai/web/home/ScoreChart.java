package th.prongsai.web.home;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The geometry of the horizontal bar chart of a year's indicators against the pass mark, drawn as SVG on the
 * server. Only positions are computed here; every score and pass/fail comes from the API as it is.
 *
 * @param passLineX where the pass mark's vertical line is drawn
 */
record ScoreChart(
        int width,
        int height,
        int plotLeft,
        int plotWidth,
        double passLineX,
        Object passMark,
        List<Bar> bars,
        List<Tick> ticks,
        long passedCount,
        long failedCount) {

    static final int WIDTH = 400;
    static final int LEFT = 74;
    static final int RIGHT = 54;
    static final int TOP = 24;
    static final int ROW = 28;
    static final int BAR = 20;

    public record Bar(
            String code,
            Object score,
            boolean passed,
            double x,
            double y,
            double width,
            double height,
            double valueX,
            double labelY) {}

    public record Tick(int value, double x) {}

    @SuppressWarnings("unchecked")
    static ScoreChart of(Map<String, Object> scores) {
        List<Map<String, Object>> indicators = (List<Map<String, Object>>) scores.getOrDefault("indicators", List.of());
        int plotWidth = WIDTH - LEFT - RIGHT;
        List<Bar> bars = new ArrayList<>();
        int row = 0;
        for (Map<String, Object> indicator : indicators) {
            double value = number(indicator.get("score"));
            double y = TOP + row * ROW;
            double w = plotWidth * Math.max(0, Math.min(100, value)) / 100.0;
            bars.add(new Bar(
                    String.valueOf(indicator.get("code")),
                    indicator.get("score"),
                    Boolean.TRUE.equals(indicator.get("passed")),
                    LEFT,
                    y,
                    w,
                    BAR,
                    WIDTH - 4,
                    y + BAR - 4));
            row++;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int v = 0; v <= 100; v += 25) {
            ticks.add(new Tick(v, LEFT + plotWidth * v / 100.0));
        }
        double pass = number(scores.get("passMark"));
        int height = TOP + row * ROW + 28;
        long passed = bars.stream().filter(Bar::passed).count();
        return new ScoreChart(
                WIDTH,
                height,
                LEFT,
                plotWidth,
                LEFT + plotWidth * pass / 100.0,
                scores.get("passMark"),
                bars,
                ticks,
                passed,
                bars.size() - passed);
    }

    public int axisY() {
        return TOP + bars.size() * ROW;
    }

    private static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return value == null ? 0 : new BigDecimal(value.toString()).doubleValue();
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
