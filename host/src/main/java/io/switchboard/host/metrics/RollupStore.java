package io.switchboard.host.metrics;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Applies rollup deltas to the stored rows. Additions merge; a retraction that may have taken
 * a row's min or max recomputes that one row from the stored observations, so min and max stay
 * exact. Call after the observations of the same transaction are written.
 */
final class RollupStore {

    /** A range read spans gaps up to this many buckets (cheaper than another query). */
    private static final int GAP_BUCKETS = 512;

    private final ObservationStore observations;

    RollupStore(ObservationStore observations) {
        this.observations = observations;
    }

    void apply(Handle h, Map<RollupKey, Rollup> deltas, Function<String, Double> targets, Levels levels)
            throws SQLException {
        Map<RollupKey, Rollup> stored = load(h, deltas, levels);
        List<RollupKey> deletes = new ArrayList<>();
        Map<RollupKey, Rollup> inserts = new HashMap<>();
        for (Map.Entry<RollupKey, Rollup> e : deltas.entrySet()) {
            RollupKey key = e.getKey();
            Rollup before = stored.get(key);
            Rollup after = next(h, key, before, e.getValue(), targets.apply(key.metricId()), levels);
            if (before != null) {
                deletes.add(key);
            }
            if (after != null && after.count > 0) {
                inserts.put(key, after);
            }
        }
        delete(h, deletes);
        insert(h, inserts);
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
        before.count += delta.count;
        before.sum += delta.sum;
        before.withinTarget += delta.withinTarget;
        before.min = Math.min(before.min, delta.min);
        before.max = Math.max(before.max, delta.max);
        delta.bins.forEach((bin, n) -> before.bins.merge(bin, n, Long::sum));
        before.bins.values().removeIf(n -> n == 0);
        return before;
    }

    /**
     * The stored rows of the touched keys, by primary-key range reads: per metric, level and
     * cut value, runs of nearby buckets (a backfill's are contiguous; a live batch may touch a
     * few far apart). Rows in a range that were not touched are skipped.
     */
    private static Map<RollupKey, Rollup> load(Handle h, Map<RollupKey, Rollup> deltas, Levels levels)
            throws SQLException {
        Map<RollupKey, TreeSet<Long>> bucketsByRow = new HashMap<>();
        for (RollupKey key : deltas.keySet()) {
            bucketsByRow.computeIfAbsent(new RollupKey(key.metricId(), key.level(), key.dimension(), key.value(), 0),
                    k -> new TreeSet<>()).add(key.bucket());
        }
        Map<RollupKey, Rollup> found = new HashMap<>();
        try (PreparedStatement s = h.getConnection().prepareStatement("SELECT bucket, cnt, total, min_value,"
                + " max_value, within_target, histogram FROM metric_rollups WHERE metric_id = ? AND level = ?"
                + " AND dimension = ? AND dim_value = ? AND bucket BETWEEN ? AND ?")) {
            for (Map.Entry<RollupKey, TreeSet<Long>> e : bucketsByRow.entrySet()) {
                RollupKey row = e.getKey();
                Grain grain = levels.grain(row.level());
                Long first = null;
                Long previous = null;
                for (long bucket : e.getValue()) {
                    if (previous != null && bucket - previous > GAP_BUCKETS * (grain.end(previous) - previous)) {
                        loadRange(s, row, first, previous, deltas, found);
                        first = null;
                    }
                    first = first == null ? bucket : first;
                    previous = bucket;
                }
                loadRange(s, row, first, previous, deltas, found);
            }
        }
        return found;
    }

    private static void loadRange(PreparedStatement s, RollupKey row, long first, long last,
                                  Map<RollupKey, Rollup> wanted, Map<RollupKey, Rollup> found) throws SQLException {
        s.setString(1, row.metricId());
        s.setInt(2, row.level());
        s.setString(3, row.dimension());
        s.setString(4, row.value());
        s.setLong(5, first);
        s.setLong(6, last);
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                RollupKey key = new RollupKey(row.metricId(), row.level(), row.dimension(), row.value(),
                        rs.getLong(1));
                if (wanted.containsKey(key)) {
                    found.put(key, Rollup.stored(rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
                            rs.getLong(6), rs.getBytes(7)));
                }
            }
        }
    }

    private static void delete(Handle h, List<RollupKey> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement s = h.getConnection().prepareStatement("DELETE FROM metric_rollups WHERE metric_id = ?"
                + " AND level = ? AND dimension = ? AND dim_value = ? AND bucket = ?")) {
            for (RollupKey k : keys) {
                s.setString(1, k.metricId());
                s.setInt(2, k.level());
                s.setString(3, k.dimension());
                s.setString(4, k.value());
                s.setLong(5, k.bucket());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static void insert(Handle h, Map<RollupKey, Rollup> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = h.getConnection().prepareStatement("INSERT INTO metric_rollups (metric_id, level,"
                + " dimension, dim_value, bucket, cnt, total, min_value, max_value, within_target, histogram)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<RollupKey, Rollup> e : rows.entrySet()) {
                RollupKey k = e.getKey();
                Rollup r = e.getValue();
                s.setString(1, k.metricId());
                s.setInt(2, k.level());
                s.setString(3, k.dimension());
                s.setString(4, k.value());
                s.setLong(5, k.bucket());
                s.setLong(6, r.count);
                s.setDouble(7, r.sum);
                s.setDouble(8, r.min);
                s.setDouble(9, r.max);
                s.setLong(10, r.withinTarget);
                s.setBytes(11, r.encodedBins());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
