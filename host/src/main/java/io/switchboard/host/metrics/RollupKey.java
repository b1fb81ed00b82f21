package io.switchboard.host.metrics;

import java.util.List;

/**
 * One rollup row: a metric's bucket at a level (0: 15 minutes, 1: an hour) for one value of
 * one dimension ({@code all} with value {@code ""}; {@code -} stands for no agent or team).
 */
public record RollupKey(String metricId, int level, String dimension, String value, long bucket) {

    public static final String NONE = "-";
    public static final long[] LEVEL_SECONDS = {StoredObservation.QUARTER, StoredObservation.HOUR};

    public long size() {
        return LEVEL_SECONDS[level];
    }

    /** The rows an observation counts in: every level, every dimension. */
    public static List<RollupKey> of(StoredObservation o) {
        List<RollupKey> keys = new java.util.ArrayList<>(8);
        for (int level = 0; level < LEVEL_SECONDS.length; level++) {
            long bucket = o.bucket(LEVEL_SECONDS[level]);
            keys.add(new RollupKey(o.metricId(), level, "all", "", bucket));
            keys.add(new RollupKey(o.metricId(), level, "channel", o.channel(), bucket));
            keys.add(new RollupKey(o.metricId(), level, "agent", o.agent() == null ? NONE : o.agent(), bucket));
            keys.add(new RollupKey(o.metricId(), level, "team", o.team() == null ? NONE : o.team(), bucket));
        }
        return keys;
    }
}
