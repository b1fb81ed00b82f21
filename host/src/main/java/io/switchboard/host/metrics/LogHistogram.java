package io.switchboard.host.metrics;

import java.io.ByteArrayOutputStream;

/**
 * A mergeable log-linear histogram with a relative error of at most {@link #RELATIVE_ERROR}
 * for percentiles: bin {@code i} holds values in {@code (γ^(i-1), γ^i]} with
 * {@code γ = (1+α)/(1-α)} and reports {@code 2γ^i/(γ+1)}. Zero (and anything under a
 * millisecond) has a bin of its own and reports 0; negatives count as 0. Counts are exact, so
 * merging and retracting (negative counts) are exact too. Stored as varints: bin delta, count.
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

    /** Receives one bin of an encoded histogram. */
    public interface BinConsumer {
        void accept(int bin, long count);
    }

    public static void forEach(byte[] encoded, BinConsumer consumer) {
        int[] position = {0};
        int bin = 0;
        while (position[0] < encoded.length) {
            bin += (int) readVarint(encoded, position);
            consumer.accept(bin, readVarint(encoded, position));
        }
    }

    /** Adds the encoded bins into {@code counts}. */
    public static void addTo(byte[] encoded, long[] counts) {
        forEach(encoded, (bin, count) -> counts[bin] += count);
    }

    /** Encodes non-zero bins, in ascending order. */
    public static byte[] encode(java.util.SortedMap<Integer, Long> bins) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int previous = 0;
        for (var e : bins.entrySet()) {
            if (e.getValue() != 0) {
                writeVarint(out, e.getKey() - previous);
                writeVarint(out, e.getValue());
                previous = e.getKey();
            }
        }
        return out.toByteArray();
    }

    /** The nearest-rank percentile {@code q} (0..1), or NaN when empty. */
    public static double quantile(long[] counts, double q) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total <= 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (int bin = 0; bin < counts.length; bin++) {
            seen += counts[bin];
            if (seen >= rank) {
                return representative(bin);
            }
        }
        return representative(counts.length - 1);
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long readVarint(byte[] in, int[] position) {
        long result = 0;
        int shift = 0;
        while (true) {
            byte b = in[position[0]++];
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
            shift += 7;
        }
    }
}
