package io.switchboard.host.metrics;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Applies rollup deltas to the stored blocks ({@link RollupBlock}): each touched block is read,
 * its buckets changed, and written back as one row. Additions merge; a retraction that may
 * have taken a bucket's min or max recomputes that one bucket from the stored observations, so
 * min and max stay exact. Call after the observations of the same transaction are written.
 */
final class RollupStore {

    /** A range read of one series' blocks spans gaps up to this long (cheaper than another query). */
    private static final long GAP_SECONDS = 90 * 86_400L;

    private final ObservationStore observations;

    RollupStore(ObservationStore observations) {
        this.observations = observations;
    }

    void apply(Handle h, Map<RollupKey, Rollup> deltas, Function<String, Double> targets, Levels levels)
            throws SQLException {
        Map<RollupKey, SortedMap<Long, Rollup>> touched = byBlock(deltas, levels);
        Map<RollupKey, TreeMap<Long, Rollup>> stored = load(h, touched.keySet());
        Writes writes = new Writes();
        for (Map.Entry<RollupKey, SortedMap<Long, Rollup>> e : touched.entrySet()) {
            RollupKey block = e.getKey();
            TreeMap<Long, Rollup> buckets = stored.get(block);
            boolean existed = buckets != null;
            buckets = existed ? buckets : new TreeMap<>();
            for (Map.Entry<Long, Rollup> d : e.getValue().entrySet()) {
                RollupKey key = block.at(d.getKey());
                Rollup after = next(h, key, buckets.get(d.getKey()), d.getValue(), targets.apply(key.metricId()),
                        levels);
                if (after == null || after.count <= 0) {
                    buckets.remove(d.getKey());
                } else {
                    buckets.put(d.getKey(), after);
                }
            }
            writes.add(block, buckets, existed);
        }
        writes.run(h);
    }

    /** Stores whole blocks that are not stored yet (a zone's day rows, built at once). */
    static void insert(Handle h, Map<RollupKey, Rollup> rows, Levels levels) throws SQLException {
        Writes writes = new Writes();
        byBlock(rows, levels).forEach((block, buckets) -> writes.add(block, buckets, false));
        writes.run(h);
    }

    /** The deltas by block key (a {@link RollupKey} whose bucket is the block start), then bucket. */
    private static Map<RollupKey, SortedMap<Long, Rollup>> byBlock(Map<RollupKey, Rollup> deltas, Levels levels) {
        Map<RollupKey, SortedMap<Long, Rollup>> blocks = new HashMap<>();
        for (Map.Entry<RollupKey, Rollup> e : deltas.entrySet()) {
            RollupKey key = e.getKey();
            RollupKey block = key.at(levels.grain(key.level()).blockStart(key.bucket()));
            blocks.computeIfAbsent(block, b -> new TreeMap<>()).put(key.bucket(), e.getValue());
        }
        return blocks;
    }

    private Rollup next(Handle h, RollupKey key, Rollup before, Rollup delta, Double target, Levels levels)
            throws SQLException {
        if (before == null && !delta.removed) {
            return delta;
        }
        if (before == null || delta.takesExtremeOf(before)) {
            Rollup fresh = new Rollup();
            long end = levels.grain(key.level()).end(key.bucket());
            for (double value : observations.values(h, key, end)) {
                fresh.add(value, target);
            }
            return fresh;
        }
        before.apply(delta);
        return before;
    }

    /**
     * The stored blocks among {@code wanted}, by primary-key range reads: per metric, level and
     * cut value, runs of nearby blocks (a backfill's are contiguous; a live batch may touch a
     * few far apart). Blocks in a range that were not asked for are skipped.
     */
    private static Map<RollupKey, TreeMap<Long, Rollup>> load(Handle h, Set<RollupKey> wanted)
            throws SQLException {
        Map<RollupKey, TreeSet<Long>> blocksBySeries = new HashMap<>();
        for (RollupKey block : wanted) {
            blocksBySeries.computeIfAbsent(block.at(0), k -> new TreeSet<>()).add(block.bucket());
        }
        Map<RollupKey, TreeMap<Long, Rollup>> found = new HashMap<>();
        try (PreparedStatement s = h.getConnection().prepareStatement("SELECT block, buckets FROM metric_rollups"
                + " WHERE metric_id = ? AND level = ? AND dimension = ? AND dim_value = ? AND block BETWEEN ? AND ?")) {
            for (Map.Entry<RollupKey, TreeSet<Long>> e : blocksBySeries.entrySet()) {
                Long first = null;
                Long previous = null;
                for (long block : e.getValue()) {
                    if (previous != null && block - previous > GAP_SECONDS) {
                        loadRange(s, e.getKey(), first, previous, wanted, found);
                        first = null;
                    }
                    first = first == null ? block : first;
                    previous = block;
                }
                loadRange(s, e.getKey(), first, previous, wanted, found);
            }
        }
        return found;
    }

    private static void loadRange(PreparedStatement s, RollupKey series, long first, long last,
                                  Set<RollupKey> wanted, Map<RollupKey, TreeMap<Long, Rollup>> found)
            throws SQLException {
        series.bind(s, 1);
        s.setLong(5, first);
        s.setLong(6, last);
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                RollupKey block = series.at(rs.getLong(1));
                if (wanted.contains(block)) {
                    found.put(block, RollupBlock.decode(block.bucket(), rs.getBytes(2)));
                }
            }
        }
    }

    /** The rows a change comes to: new blocks inserted, changed ones updated, emptied ones deleted. */
    private static final class Writes {
        private final Map<RollupKey, byte[]> inserts = new HashMap<>();
        private final Map<RollupKey, byte[]> updates = new HashMap<>();
        private final List<RollupKey> deletes = new ArrayList<>();

        void add(RollupKey block, SortedMap<Long, Rollup> buckets, boolean existed) {
            if (buckets.isEmpty()) {
                if (existed) {
                    deletes.add(block);
                }
                return;
            }
            (existed ? updates : inserts).put(block, RollupBlock.encode(block.bucket(), buckets));
        }

        void run(Handle h) throws SQLException {
            if (!deletes.isEmpty()) {
                try (PreparedStatement s = h.getConnection().prepareStatement("DELETE FROM metric_rollups"
                        + " WHERE metric_id = ? AND level = ? AND dimension = ? AND dim_value = ? AND block = ?")) {
                    for (RollupKey block : deletes) {
                        block.bind(s, 1);
                        s.setLong(5, block.bucket());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            }
            if (!updates.isEmpty()) {
                try (PreparedStatement s = h.getConnection().prepareStatement("UPDATE metric_rollups SET buckets = ?"
                        + " WHERE metric_id = ? AND level = ? AND dimension = ? AND dim_value = ? AND block = ?")) {
                    for (Map.Entry<RollupKey, byte[]> e : updates.entrySet()) {
                        s.setBytes(1, e.getValue());
                        e.getKey().bind(s, 2);
                        s.setLong(6, e.getKey().bucket());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            }
            if (!inserts.isEmpty()) {
                try (PreparedStatement s = h.getConnection().prepareStatement("INSERT INTO metric_rollups (metric_id,"
                        + " level, dimension, dim_value, block, buckets) VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (Map.Entry<RollupKey, byte[]> e : inserts.entrySet()) {
                        e.getKey().bind(s, 1);
                        s.setLong(5, e.getKey().bucket());
                        s.setBytes(6, e.getValue());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            }
        }
    }
}
