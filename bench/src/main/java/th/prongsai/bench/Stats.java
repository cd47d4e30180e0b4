package th.prongsai.bench;

import org.HdrHistogram.Histogram;

/** Latencies of one series, in microseconds, and how they print in docs/performance.md. */
final class Stats {

    private final Histogram histogram = new Histogram(3_600_000_000L, 3);
    private long started = -1;
    private long ended;

    void start() {
        started = System.nanoTime();
    }

    void record(long nanos) {
        histogram.recordValue(Math.max(1, nanos / 1_000));
    }

    void end() {
        ended = System.nanoTime();
    }

    long count() {
        return histogram.getTotalCount();
    }

    double percentileMs(double p) {
        return histogram.getValueAtPercentile(p) / 1_000.0;
    }

    double totalSeconds() {
        return (ended - started) / 1e9;
    }

    /** Wall-clock milliseconds per item: the throughput view, which is what matters for 7,850 tenants. */
    double msPerItem() {
        return count() == 0 ? Double.NaN : totalSeconds() * 1_000 / count();
    }
}
