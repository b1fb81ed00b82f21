package io.switchboard.host.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The spike rule: more than the threshold percent either way, and a count that matters. */
class TagTrendTest {

    @Test
    void aJumpAboveTheThresholdIsASpike() {
        TagTrend trend = TagTrend.of("refund", 12, 6, 50, 5);
        assertEquals("spike", trend.flag());
        assertEquals(100.0, trend.changePercent());
    }

    @Test
    void aFallBelowTheThresholdIsADrop() {
        TagTrend trend = TagTrend.of("refund", 2, 6, 50, 5);
        assertEquals("drop", trend.flag());
        assertEquals(-66.7, trend.changePercent());
    }

    @Test
    void aChangeOfExactlyTheThresholdIsNotFlagged() {
        assertNull(TagTrend.of("refund", 9, 6, 50, 5).flag());
    }

    @Test
    void smallCountsAreNeverFlaggedWhateverThePercentage() {
        TagTrend trend = TagTrend.of("typo", 2, 1, 50, 5);
        assertEquals(100.0, trend.changePercent());
        assertNull(trend.flag(), "1 -> 2 is not a spike");
    }

    @Test
    void aNewTagReachingTheMinimumIsASpikeWithNoPercentage() {
        TagTrend trend = TagTrend.of("recall", 7, 0, 50, 5);
        assertEquals("spike", trend.flag());
        assertNull(trend.changePercent());
        assertNull(TagTrend.of("recall", 3, 0, 50, 5).flag());
    }

    @Test
    void aTagThatVanishedIsADropWhenItMattered() {
        assertEquals("drop", TagTrend.of("outage", 0, 8, 50, 5).flag());
    }
}
