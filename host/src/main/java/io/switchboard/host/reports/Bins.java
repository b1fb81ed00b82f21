package io.switchboard.host.reports;

import io.switchboard.host.metrics.LogHistogram;

/** Histogram counts in a dense window that grows to the bins in use (reports merge thousands of rows). */
final class Bins {

    private long[] counts = new long[0];
    private int offset;

    void add(int bin, long count) {
        if (counts.length == 0) {
            counts = new long[64];
            offset = Math.max(0, bin - 32);
        }
        if (bin < offset || bin >= offset + counts.length) {
            int low = Math.min(offset, bin);
            int high = Math.max(offset + counts.length, bin + 1);
            long[] grown = new long[Math.min(LogHistogram.BINS, high - low + 32)];
            int newOffset = Math.max(0, Math.min(low, LogHistogram.BINS - grown.length));
            System.arraycopy(counts, 0, grown, offset - newOffset, counts.length);
            counts = grown;
            offset = newOffset;
        }
        counts[bin - offset] += count;
    }

    void addEncoded(byte[] encoded) {
        LogHistogram.forEach(encoded, this::add);
    }

    /** Nearest-rank percentile, as the representative of its bin. */
    double quantile(double q, long total) {
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return LogHistogram.representative(i + offset);
            }
        }
        return Double.NaN;
    }
}
