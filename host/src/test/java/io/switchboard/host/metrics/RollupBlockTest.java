package io.switchboard.host.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A block of rollup buckets survives encoding, and a report reads its buckets without building rollups. */
class RollupBlockTest {

    private static final long MONDAY = 1_709_510_400L; // 2024-03-04T00:00:00Z

    private static TreeMap<Long, Rollup> twoDays() {
        TreeMap<Long, Rollup> buckets = new TreeMap<>();
        Rollup first = new Rollup();
        first.add(600, 21_600.0);
        first.add(30_000, 21_600.0);
        Rollup third = new Rollup();
        third.add(0, 21_600.0);
        buckets.put(MONDAY, first);
        buckets.put(MONDAY + 2 * 86_400, third);
        return buckets;
    }

    @Test
    void aBlockDecodesToTheBucketsItWasEncodedFrom() {
        TreeMap<Long, Rollup> decoded = RollupBlock.decode(MONDAY, RollupBlock.encode(MONDAY, twoDays()));

        assertEquals(List.of(MONDAY, MONDAY + 2 * 86_400), List.copyOf(decoded.keySet()));
        Rollup first = decoded.get(MONDAY);
        assertEquals(2, first.count);
        assertEquals(30_600, first.sum);
        assertEquals(600, first.min);
        assertEquals(30_000, first.max);
        assertEquals(1, first.withinTarget);
        Rollup third = decoded.get(MONDAY + 2 * 86_400);
        assertEquals(1, third.count);
        assertEquals(0, third.max);
    }

    @Test
    void aReaderGetsEachBucketsFiguresAndOnlyTheBinsItAsksFor() {
        List<String> seen = new ArrayList<>();
        List<int[]> bins = new ArrayList<>();
        RollupBlock.read(MONDAY, RollupBlock.encode(MONDAY, twoDays()), new RollupBlock.BucketReader() {
            @Override
            public boolean bucket(long start, long count, double sum, double min, double max, long within) {
                seen.add((start - MONDAY) / 86_400 + ":" + count + ":" + sum + ":" + within);
                return start == MONDAY;
            }

            @Override
            public void bins(int[] runBins, long[] counts, int n) {
                bins.add(java.util.Arrays.copyOf(runBins, n));
                assertArrayEquals(new long[] {1, 1}, java.util.Arrays.copyOf(counts, n));
            }
        });

        assertEquals(List.of("0:2:30600.0:1", "2:1:0.0:1"), seen);
        assertEquals(1, bins.size());
        assertArrayEquals(new int[] {LogHistogram.bin(600), LogHistogram.bin(30_000)}, bins.get(0));
    }

    @Test
    void aRetractionThatEmptiesABinLeavesNoBinBehind() {
        Rollup stored = new Rollup();
        stored.add(600, null);
        stored.add(900, null);
        Rollup delta = new Rollup();
        delta.remove(600, null);
        stored.apply(delta);
        TreeMap<Long, Rollup> block = new TreeMap<>();
        block.put(MONDAY, stored);

        List<Integer> runLengths = new ArrayList<>();
        RollupBlock.read(MONDAY, RollupBlock.encode(MONDAY, block), new RollupBlock.BucketReader() {
            @Override
            public boolean bucket(long start, long count, double sum, double min, double max, long within) {
                assertEquals(1, count);
                assertEquals(900, sum);
                return true;
            }

            @Override
            public void bins(int[] runBins, long[] counts, int n) {
                runLengths.add(n);
                assertEquals(LogHistogram.bin(900), runBins[0]);
            }
        });
        assertEquals(List.of(1), runLengths);
    }
}
