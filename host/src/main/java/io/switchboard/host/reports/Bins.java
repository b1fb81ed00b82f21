package io.switchboard.host.reports;

import io.switchboard.host.metrics.LogHistogram;

/**
 * Histogram counts in a dense window that grows to the bins in use: a report merges the bins
 * of thousands of buckets, each a short ascending run, so a run costs one range check and a
 * tight loop. A cell holding a single run (a day read from day rows) keeps just that run, so a
 * year's report by agent does not allocate a window for each of its 11,000 cells.
 */
final class Bins {

    private long[] counts = new long[0];
    private int offset;
    private int[] onlyRunBins;
    private long[] onlyRunCounts;

    void add(int bin, long count) {
        densify();
        cover(bin, bin);
        counts[bin - offset] += count;
    }

    /** Adds the first {@code n} bins of an ascending run. */
    void addAll(int[] bins, long[] binCounts, int n) {
        if (n == 0) {
            return;
        }
        if (counts.length == 0 && onlyRunBins == null) {
            onlyRunBins = java.util.Arrays.copyOf(bins, n);
            onlyRunCounts = java.util.Arrays.copyOf(binCounts, n);
            return;
        }
        densify();
        addToWindow(bins, binCounts, n);
    }

    private void addToWindow(int[] bins, long[] binCounts, int n) {
        cover(bins[0], bins[n - 1]);
        for (int i = 0; i < n; i++) {
            counts[bins[i] - offset] += binCounts[i];
        }
    }

    /** Turns a single kept run into the dense window, before a second run or bin is added. */
    private void densify() {
        if (onlyRunBins != null) {
            int[] bins = onlyRunBins;
            long[] binCounts = onlyRunCounts;
            onlyRunBins = null;
            onlyRunCounts = null;
            addToWindow(bins, binCounts, bins.length);
        }
    }

    /** Grows the window (at least doubling it) to hold bins {@code low..high}. */
    private void cover(int low, int high) {
        if (counts.length == 0) {
            offset = Math.max(0, low - 16);
            counts = new long[Math.min(LogHistogram.BINS - offset, Math.max(64, high - offset + 17))];
        }
        if (low >= offset && high < offset + counts.length) {
            return;
        }
        int from = Math.min(offset, low);
        int to = Math.max(offset + counts.length, high + 1);
        int length = Math.min(LogHistogram.BINS, Math.max(to - from, 2 * counts.length));
        int newOffset = Math.max(0, Math.min(from, LogHistogram.BINS - length));
        long[] grown = new long[length];
        System.arraycopy(counts, 0, grown, offset - newOffset, counts.length);
        counts = grown;
        offset = newOffset;
    }

    /**
     * Nearest-rank percentiles, each as the representative of its bin, in one pass.
     *
     * @param qs the fractions (0..1), ascending
     */
    double[] quantiles(double[] qs, long total) {
        Ranks ranks = new Ranks(qs, total);
        if (onlyRunBins != null) {
            for (int i = 0; i < onlyRunBins.length && !ranks.done(); i++) {
                ranks.pass(onlyRunBins[i], onlyRunCounts[i]);
            }
        } else {
            for (int i = 0; i < counts.length && !ranks.done(); i++) {
                ranks.pass(i + offset, counts[i]);
            }
        }
        return ranks.found;
    }

    /** Nearest ranks being looked for while walking the bins in ascending order. */
    private static final class Ranks {
        final double[] found;
        private final double[] qs;
        private final long total;
        private int next;
        private long seen;

        Ranks(double[] qs, long total) {
            this.qs = qs;
            this.total = total;
            this.found = new double[qs.length];
            java.util.Arrays.fill(found, Double.NaN);
        }

        boolean done() {
            return next == qs.length;
        }

        void pass(int bin, long count) {
            seen += count;
            while (next < qs.length && seen >= Math.max(1, (long) Math.ceil(qs[next] * total))) {
                found[next++] = LogHistogram.representative(bin);
            }
        }
    }
}
