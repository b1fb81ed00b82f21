package io.switchboard.host.metrics;

import java.util.List;

/**
 * One rollup row: a metric's bucket at a level (see {@link Levels}) for one value of one
 * dimension ({@code all} with value {@code ""}; {@code -} stands for no agent or team). Day
 * rows also have {@code channel-agent} (value {@code channel/agent}), for an agent cut within
 * one channel.
 */
public record RollupKey(String metricId, int level, String dimension, String value, long bucket) {

    public static final String NONE = "-";
    public static final String CHANNEL_AGENT = "channel-agent";

    /** The rows an observation counts in: every level, every dimension. */
    public static List<RollupKey> of(StoredObservation o, Levels levels) {
        int[] all = levels.levels();
        List<RollupKey> keys = new java.util.ArrayList<>(5 * all.length);
        long second = o.at().getEpochSecond();
        for (int i = 0; i < all.length; i++) {
            int level = all[i];
            long bucket = levels.grainAt(i).start(second);
            keys.add(new RollupKey(o.metricId(), level, "all", "", bucket));
            keys.add(new RollupKey(o.metricId(), level, "channel", o.channel(), bucket));
            keys.add(new RollupKey(o.metricId(), level, "agent", o.agent() == null ? NONE : o.agent(), bucket));
            keys.add(new RollupKey(o.metricId(), level, "team", o.team() == null ? NONE : o.team(), bucket));
            if (level >= Levels.FIRST_ZONE) {
                keys.add(new RollupKey(o.metricId(), level, CHANNEL_AGENT, channelAgent(o.channel(), o.agent()),
                        bucket));
            }
        }
        return keys;
    }

    public static String channelAgent(String channel, String agent) {
        return channel + "/" + (agent == null ? NONE : agent);
    }
}
