package io.switchboard.host.metrics;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * One rollup bucket: a metric's bucket at a level (see {@link Levels}) for one value of one
 * dimension ({@code all} with value {@code ""}; {@code -} stands for no agent or team). Day
 * buckets also have {@code channel-agent} (value {@code channel/agent}), for an agent cut within
 * one channel. Buckets are stored by block ({@link RollupBlock}); a key whose bucket is a block
 * start names the block.
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

    /** The same series (metric, level, cut value) at another bucket or block start. */
    RollupKey at(long start) {
        return new RollupKey(metricId, level, dimension, value, start);
    }

    /** Binds metric, level, dimension and value to four parameters from {@code first}. */
    void bind(PreparedStatement s, int first) throws SQLException {
        s.setString(first, metricId);
        s.setInt(first + 1, level);
        s.setString(first + 2, dimension);
        s.setString(first + 3, value);
    }

    public static String channelAgent(String channel, String agent) {
        return channel + "/" + (agent == null ? NONE : agent);
    }
}
