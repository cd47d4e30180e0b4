package th.prongsai.web.province;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The geometry of the server-drawn SVG charts (the numbers themselves are in a table beside each chart).
 * Only positions are computed here; every figure drawn is an API answer.
 */
final class Charts {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 40;
    static final int TOP = 16;
    static final int PLOT_W = 584;
    static final int PLOT_H = 190;
    static final int BASE = TOP + PLOT_H;

    private Charts() {}

    /** The province's and the nation's histograms side by side; bar heights are each group's share of its agencies. */
    record Histogram(
            List<Bin> bins,
            Marker provinceMedian,
            Marker nationalMedian,
            int width,
            int height,
            int base,
            int left,
            int right) {}

    record Bin(
            Object from,
            Object to,
            long provinceCount,
            long nationCount,
            int x,
            int labelX,
            int provinceY,
            int provinceH,
            int nationX,
            int nationY,
            int nationH,
            int barWidth) {}

    record Marker(int x, Object value) {}

    @SuppressWarnings("unchecked")
    static Histogram histogram(Map<String, Object> province, Map<String, Object> nation) {
        List<Map<String, Object>> p = (List<Map<String, Object>>) province.getOrDefault("histogram", List.of());
        List<Map<String, Object>> n = (List<Map<String, Object>>) nation.getOrDefault("histogram", List.of());
        long pTotal = Math.max(1, number(province.get("n")).longValue());
        long nTotal = Math.max(1, number(nation.get("n")).longValue());
        int count = Math.max(1, p.size());
        double slot = (double) PLOT_W / count;
        double maxShare = 0;
        for (int i = 0; i < p.size(); i++) {
            maxShare = Math.max(maxShare, count(p.get(i)) / (double) pTotal);
            if (i < n.size()) {
                maxShare = Math.max(maxShare, count(n.get(i)) / (double) nTotal);
            }
        }
        double scale = maxShare == 0 ? 0 : PLOT_H / maxShare;
        int bar = (int) Math.floor(slot * 0.4);
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            long pc = count(p.get(i));
            long nc = i < n.size() ? count(n.get(i)) : 0;
            int x = (int) Math.round(LEFT + i * slot);
            int ph = (int) Math.round(pc / (double) pTotal * scale);
            int nh = (int) Math.round(nc / (double) nTotal * scale);
            bins.add(new Bin(
                    p.get(i).get("from"),
                    p.get(i).get("to"),
                    pc,
                    nc,
                    x + 2,
                    (int) Math.round(x + slot / 2),
                    BASE - ph,
                    ph,
                    x + 2 + bar + 2,
                    BASE - nh,
                    nh,
                    bar));
        }
        return new Histogram(
                bins,
                marker(p, province.get("median"), slot),
                marker(n, nation.get("median"), slot),
                WIDTH,
                HEIGHT,
                BASE,
                LEFT,
                LEFT + PLOT_W);
    }

    /** Where a value falls on the bins' axis (bins are contiguous ranges), or null when there is none. */
    private static Marker marker(List<Map<String, Object>> bins, Object value, double slot) {
        if (value == null || bins.isEmpty()) {
            return null;
        }
        double v = number(value).doubleValue();
        for (int i = 0; i < bins.size(); i++) {
            double from = number(bins.get(i).get("from")).doubleValue();
            double to = number(bins.get(i).get("to")).doubleValue();
            if (v >= from && (v < to || i == bins.size() - 1)) {
                double within = to > from ? Math.min(1, (v - from) / (to - from)) : 0;
                return new Marker((int) Math.round(LEFT + (i + within) * slot), value);
            }
        }
        return null;
    }

    /** An agency's overall score over the years on a 0–100 axis, with the pass mark as a line. */
    record Trend(
            List<Point> points,
            String polyline,
            int passY,
            List<Tick> ticks,
            int width,
            int height,
            int base,
            int left,
            int right) {}

    /** A gridline of the score axis. */
    record Tick(int value, int y) {}

    record Point(Object fiscalYear, Object overall, int x, int y) {}

    static Trend trend(List<Map<String, Object>> years, BigDecimal passMark) {
        int count = years.size();
        // the axis starts at 50, or lower in tens when a score is lower, so year-to-year differences show
        double lowest = years.stream()
                .map(y -> y.get("overall"))
                .filter(Objects::nonNull)
                .mapToDouble(o -> number(o).doubleValue())
                .min()
                .orElse(100);
        int floor = (int) Math.min(50, Math.floor(lowest / 10) * 10);
        List<Tick> ticks = new ArrayList<>();
        for (int v = floor; v <= 100; v += 10) {
            ticks.add(new Tick(v, y(v, floor)));
        }
        double step = count <= 1 ? 0 : (double) (PLOT_W - 40) / (count - 1);
        List<Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < count; i++) {
            Object overall = years.get(i).get("overall");
            if (overall == null) {
                continue;
            }
            int x = (int) Math.round(LEFT + 20 + (count <= 1 ? (PLOT_W - 40) / 2.0 : i * step));
            int y = y(number(overall).doubleValue(), floor);
            points.add(new Point(years.get(i).get("fiscalYear"), overall, x, y));
            line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y);
        }
        return new Trend(
                points,
                line.toString(),
                passMark == null ? -1 : y(passMark.doubleValue(), floor),
                ticks,
                WIDTH,
                HEIGHT,
                BASE,
                LEFT,
                LEFT + PLOT_W);
    }

    /** The y of a score on the floor–100 axis. */
    static int y(double score, int floor) {
        double clamped = Math.max(floor, Math.min(100, score));
        return (int) Math.round(BASE - (clamped - floor) / (100 - floor) * PLOT_H);
    }

    private static long count(Map<String, Object> bin) {
        return number(bin.get("count")).longValue();
    }

    static BigDecimal number(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
