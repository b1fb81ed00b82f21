package io.switchboard.host.metrics;

/**
 * A mergeable log-linear histogram with a relative error of at most {@link #RELATIVE_ERROR}
 * for percentiles: bin {@code i} holds values in {@code (γ^(i-1), γ^i]} with
 * {@code γ = (1+α)/(1-α)} and reports {@code 2γ^i/(γ+1)}. Zero (and anything under a
 * millisecond) has a bin of its own and reports 0; negatives count as 0. Counts are exact, so
 * merging and retracting (negative counts) are exact too. Stored as varints: bin delta, count
 * (see {@link SparseBins}).
 */
public final class LogHistogram {

    /** The relative error of a percentile taken from the histogram (1%). */
    public static final double RELATIVE_ERROR = 0.01;
    /** Number of bins: 0 is zero; the rest cover 1 ms to about 10^11 (seconds or counts). */
    public static final int BINS = 2200;

    private static final double GAMMA = (1 + RELATIVE_ERROR) / (1 - RELATIVE_ERROR);
    private static final double LOG_GAMMA = Math.log(GAMMA);
    private static final double SMALLEST = 0.001;
    private static final int OFFSET = (int) Math.ceil(-Math.log(SMALLEST) / LOG_GAMMA) + 1;

    private LogHistogram() {
    }

    public static int bin(double value) {
        if (!(value >= SMALLEST)) {
            return 0;
        }
        int bin = (int) Math.ceil(Math.log(value) / LOG_GAMMA) + OFFSET;
        return Math.max(1, Math.min(BINS - 1, bin));
    }

    public static double representative(int bin) {
        return bin == 0 ? 0 : 2 * Math.pow(GAMMA, bin - OFFSET) / (GAMMA + 1);
    }
}
