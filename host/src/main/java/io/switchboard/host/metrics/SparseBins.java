package io.switchboard.host.metrics;

import java.util.Arrays;

/**
 * A histogram's non-empty bins (see {@link LogHistogram}) as sorted parallel arrays: an agent's
 * hour holds a few bins, a busy day a few hundred, and either costs a few bytes per bin instead
 * of a tree node. In a delta, counts may be negative (retractions).
 */
final class SparseBins {

    private int[] bins = new int[4];
    private long[] counts = new long[4];
    private int size;

    void add(int bin, long count) {
        int i = Arrays.binarySearch(bins, 0, size, bin);
        if (i >= 0) {
            counts[i] += count;
            return;
        }
        i = -i - 1;
        if (size == bins.length) {
            bins = Arrays.copyOf(bins, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        System.arraycopy(bins, i, bins, i + 1, size - i);
        System.arraycopy(counts, i, counts, i + 1, size - i);
        bins[i] = bin;
        counts[i] = count;
        size++;
    }

    void addAll(SparseBins other) {
        for (int i = 0; i < other.size; i++) {
            add(other.bins[i], other.counts[i]);
        }
    }

    /** Drops bins whose count came to zero (a retraction took their last value). */
    void removeEmpty() {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (counts[i] != 0) {
                bins[kept] = bins[i];
                counts[kept++] = counts[i];
            }
        }
        size = kept;
    }

    /** Writes the non-empty bins: their number, then per bin the distance from the previous one and its count. */
    void writeTo(ByteWriter out) {
        int nonEmpty = 0;
        for (int i = 0; i < size; i++) {
            nonEmpty += counts[i] != 0 ? 1 : 0;
        }
        out.varint(nonEmpty);
        int previous = 0;
        for (int i = 0; i < size; i++) {
            if (counts[i] != 0) {
                out.varint(bins[i] - previous);
                out.varint(counts[i]);
                previous = bins[i];
            }
        }
    }

    /** Reads what {@link #writeTo} wrote. */
    static SparseBins readFrom(ByteReader in) {
        Run run = new Run();
        run.read(in);
        SparseBins read = new SparseBins();
        read.bins = Arrays.copyOf(run.bins, Math.max(4, run.size));
        read.counts = Arrays.copyOf(run.counts, Math.max(4, run.size));
        read.size = run.size;
        return read;
    }

    /** Encoded bins read into arrays that a reader can reuse for bucket after bucket. */
    static final class Run {
        int[] bins = new int[64];
        long[] counts = new long[64];
        int size;

        void read(ByteReader in) {
            size = (int) in.varint();
            if (size > bins.length) {
                bins = new int[size];
                counts = new long[size];
            }
            int bin = 0;
            for (int i = 0; i < size; i++) {
                bin += (int) in.varint();
                bins[i] = bin;
                counts[i] = in.varint();
            }
        }
    }
}
