package io.switchboard.host.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.switchboard.host.metrics.LogHistogram;
import org.junit.jupiter.api.Test;

/** Percentiles from merged histogram runs: one run kept as it is, several merged into a window. */
class BinsTest {

    private static final double[] MEDIAN_AND_P90 = {0.5, 0.9};

    private static double rep(int bin) {
        return LogHistogram.representative(bin);
    }

    @Test
    void aSingleRunGivesItsNearestRankPercentiles() {
        Bins bins = new Bins();
        bins.addAll(new int[] {100, 200, 300}, new long[] {5, 4, 1}, 3);

        assertArrayEquals(new double[] {rep(100), rep(200)}, bins.quantiles(MEDIAN_AND_P90, 10));
    }

    @Test
    void runsFarApartAreMergedIntoOneHistogram() {
        Bins bins = new Bins();
        bins.addAll(new int[] {1500, 1501}, new long[] {1, 1}, 2);
        bins.addAll(new int[] {10, 20}, new long[] {3, 3}, 2);
        bins.add(2100, 2);

        // Ten values: 10 ×3, 20 ×3, 1500, 1501, 2100 ×2. Rank 5 is bin 20, rank 9 bin 2100.
        assertArrayEquals(new double[] {rep(20), rep(2100)}, bins.quantiles(MEDIAN_AND_P90, 10));
    }

    @Test
    void singleBinsAddedOneByOneCountLikeARun() {
        Bins one = new Bins();
        Bins run = new Bins();
        for (int bin = 400; bin < 480; bin += 2) {
            one.add(bin, 1);
        }
        int[] runBins = new int[40];
        long[] counts = new long[40];
        for (int i = 0; i < 40; i++) {
            runBins[i] = 400 + 2 * i;
            counts[i] = 1;
        }
        run.addAll(runBins, counts, 40);

        assertArrayEquals(run.quantiles(MEDIAN_AND_P90, 40), one.quantiles(MEDIAN_AND_P90, 40));
    }
}
