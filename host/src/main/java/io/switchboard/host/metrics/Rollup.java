package io.switchboard.host.metrics;

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
    SparseBins bins = new SparseBins();
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
        bins.add(LogHistogram.bin(value), 1L);
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
        bins.add(LogHistogram.bin(value), -1L);
    }

    /** Applies a delta whose retractions left this row's min and max in place. */
    void apply(Rollup delta) {
        count += delta.count;
        sum += delta.sum;
        withinTarget += delta.withinTarget;
        min = Math.min(min, delta.min);
        max = Math.max(max, delta.max);
        bins.addAll(delta.bins);
        bins.removeEmpty();
    }

    /** Whether applying this delta to {@code stored} may have taken away its min or max. */
    boolean takesExtremeOf(Rollup stored) {
        return removed && (removedMin <= stored.min || removedMax >= stored.max);
    }

    void writeTo(ByteWriter out) {
        out.varint(count);
        out.rawDouble(sum);
        out.rawDouble(min);
        out.rawDouble(max);
        out.varint(withinTarget);
        bins.writeTo(out);
    }

    static Rollup readFrom(ByteReader in) {
        Rollup r = new Rollup();
        r.count = in.varint();
        r.sum = in.rawDouble();
        r.min = in.rawDouble();
        r.max = in.rawDouble();
        r.withinTarget = in.varint();
        r.bins = SparseBins.readFrom(in);
        return r;
    }
}
