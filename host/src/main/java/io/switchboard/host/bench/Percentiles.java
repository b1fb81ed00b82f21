package io.switchboard.host.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Order statistics over every recorded sample (no histogram, no interpolation): the samples
 * are sorted once and the p-th percentile is the nearest-rank value, the smallest sample
 * such that at least p % of all samples are less than or equal to it.
 */
final class Percentiles {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final long[] sorted;

    Percentiles(long[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        this.sorted = samples.clone();
        Arrays.sort(sorted);
    }

    /**
     * The nearest-rank percentile: the value at rank {@code ceil(p / 100 * n)} (1-based).
     * Computed in decimal: in doubles 99.9 / 100 * 1000 is 999.0000000000001, which would
     * round up to rank 1000 instead of 999.
     *
     * @param percent p, greater than 0 and at most 100
     * @return the sample at that rank
     */
    long at(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + percent);
        }
        int rank = BigDecimal.valueOf(percent).multiply(BigDecimal.valueOf(sorted.length))
                .divide(HUNDRED, 0, RoundingMode.CEILING).intValueExact();
        return sorted[Math.max(rank, 1) - 1];
    }

    long min() {
        return sorted[0];
    }

    long max() {
        return sorted[sorted.length - 1];
    }

    int count() {
        return sorted.length;
    }

    double mean() {
        double sum = 0;
        for (long value : sorted) {
            sum += value;
        }
        return sum / sorted.length;
    }
}
