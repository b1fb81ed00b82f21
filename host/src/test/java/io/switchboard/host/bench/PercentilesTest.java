package io.switchboard.host.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles, checked against ranks worked out by hand: rank = ceil(p/100 * n). */
class PercentilesTest {

    @Test
    void aSingleSampleIsEveryPercentile() {
        Percentiles p = new Percentiles(new long[] {7});
        assertEquals(7, p.at(0.1));
        assertEquals(7, p.at(50));
        assertEquals(7, p.at(100));
        assertEquals(7, p.min());
        assertEquals(7, p.max());
    }

    @Test
    void fiveUnsortedSamples() {
        // Sorted: 15 20 35 40 50 (the classic nearest-rank example).
        Percentiles p = new Percentiles(new long[] {50, 15, 40, 35, 20});
        assertEquals(15, p.at(5));   // ceil(0.25) = rank 1
        assertEquals(20, p.at(30));  // ceil(1.5)  = rank 2
        assertEquals(20, p.at(40));  // 2.0        = rank 2, exactly on a boundary
        assertEquals(35, p.at(50));  // ceil(2.5)  = rank 3
        assertEquals(50, p.at(99));  // ceil(4.95) = rank 5
        assertEquals(50, p.at(100)); // rank 5
        assertEquals(32.0, p.mean());
    }

    @Test
    void evenCountTakesTheLowerMiddleForTheMedian() {
        Percentiles p = new Percentiles(new long[] {4, 1, 3, 2});
        assertEquals(2, p.at(50));   // 2.0 = rank 2; no averaging of 2 and 3
        assertEquals(3, p.at(50.1)); // ceil(2.004) = rank 3
        assertEquals(4, p.at(90));   // ceil(3.6) = rank 4
    }

    @Test
    void oneHundredSamplesMapPercentToRank() {
        long[] samples = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray(); // 100 down to 1
        Percentiles p = new Percentiles(samples);
        assertEquals(1, p.at(1));
        assertEquals(50, p.at(50));
        assertEquals(90, p.at(90));
        assertEquals(99, p.at(99));
        assertEquals(100, p.at(99.5)); // ceil(99.5) = rank 100
        assertEquals(100, p.max());
    }

    @Test
    void decimalPercentilesHitExactRanks() {
        // In doubles p99.9 of 1000 is 99.9 / 100 * 1000 = 999.0000000000001, which would round up to
        // rank 1000; and 7 / 100.0 * 100 = 7.000000000000001 (rank 8). The ranks are 999 and 7.
        Percentiles thousand = new Percentiles(LongStream.rangeClosed(1, 1000).toArray());
        assertEquals(999, thousand.at(99.9));
        Percentiles hundred = new Percentiles(LongStream.rangeClosed(1, 100).toArray());
        assertEquals(7, hundred.at(7));
        assertEquals(56, hundred.at(56));
        Percentiles fiveThousand = new Percentiles(LongStream.rangeClosed(1, 5000).toArray());
        assertEquals(4995, fiveThousand.at(99.9));
        assertEquals(4950, fiveThousand.at(99));
    }

    @Test
    void outliersOnlyMoveTheTail() {
        long[] samples = new long[200];
        java.util.Arrays.fill(samples, 10);
        samples[17] = 5_000;
        samples[123] = 900;
        Percentiles p = new Percentiles(samples);
        assertEquals(10, p.at(50));
        assertEquals(10, p.at(99));   // rank 198: still 10
        assertEquals(900, p.at(99.5)); // rank 199
        assertEquals(5_000, p.at(100));
    }

    @Test
    void theInputIsNotReordered() {
        long[] samples = {3, 1, 2};
        new Percentiles(samples);
        assertEquals(3, samples[0]);
    }

    @Test
    void refusesNoSamplesAndPercentilesOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new Percentiles(new long[0]));
        Percentiles p = new Percentiles(new long[] {1, 2});
        assertThrows(IllegalArgumentException.class, () -> p.at(0));
        assertThrows(IllegalArgumentException.class, () -> p.at(100.01));
        assertThrows(IllegalArgumentException.class, () -> p.at(Double.NaN));
    }
}
