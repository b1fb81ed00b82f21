package io.switchboard.host.metrics;

import java.util.TreeMap;

/**
 * Count, sum, min, max, within-target count and histogram bins of some observations; also a
 * delta (negative counts for retracted observations, whose extremes it remembers so the store
 * can tell when a retraction took away a row's min or max).
 */
public final class Rollup {

    long count;
    double sum;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    long withinTarget;
    final TreeMap<Integer, Long> bins = new TreeMap<>();
    double removedMin = Double.POSITIVE_INFINITY;
    double removedMax = Double.NEGATIVE_INFINITY;
    boolean removed;

    public void add(double value, Double target) {
        count++;
        sum += value;
        min = Math.min(min, value);
        max = Math.max(max, value);
        if (target != null && value <= target) {
            withinTarget++;
        }
        bins.merge(LogHistogram.bin(value), 1L, Long::sum);
    }

    public void remove(double value, Double target) {
        count--;
        sum -= value;
        removed = true;
        removedMin = Math.min(removedMin, value);
        removedMax = Math.max(removedMax, value);
        if (target != null && value <= target) {
            withinTarget--;
        }
        bins.merge(LogHistogram.bin(value), -1L, Long::sum);
    }

    /** Adds a stored row (no retractions) into this one. */
    void merge(Rollup other) {
        count += other.count;
        sum += other.sum;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        withinTarget += other.withinTarget;
        other.bins.forEach((bin, n) -> bins.merge(bin, n, Long::sum));
    }

    /** Whether applying this delta to {@code stored} may have taken away its min or max. */
    boolean takesExtremeOf(Rollup stored) {
        return removed && (removedMin <= stored.min || removedMax >= stored.max);
    }

    byte[] encodedBins() {
        return LogHistogram.encode(bins);
    }

    static Rollup stored(long count, double sum, double min, double max, long within, byte[] histogram) {
        Rollup r = new Rollup();
        r.count = count;
        r.sum = sum;
        r.min = min;
        r.max = max;
        r.withinTarget = within;
        LogHistogram.forEach(histogram, r.bins::put);
        return r;
    }
}
