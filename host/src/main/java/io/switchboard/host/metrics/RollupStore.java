package io.switchboard.host.metrics;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Applies rollup deltas to the stored rows. Additions merge; a retraction that may have taken
 * a row's min or max recomputes that one row from the stored observations, so min and max stay
 * exact. Call after the observations of the same transaction are written.
 */
final class RollupStore {

    private final ObservationStore observations;

    RollupStore(ObservationStore observations) {
        this.observations = observations;
    }

    void apply(Handle h, Map<RollupKey, Rollup> deltas, Function<String, Double> targets) throws SQLException {
        Map<RollupKey, Rollup> stored = load(h, deltas);
        List<RollupKey> deletes = new ArrayList<>();
        Map<RollupKey, Rollup> inserts = new HashMap<>();
        for (Map.Entry<RollupKey, Rollup> e : deltas.entrySet()) {
            RollupKey key = e.getKey();
            Rollup before = stored.get(key);
            Rollup after = next(h, key, before, e.getValue(), targets.apply(key.metricId()));
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

    private Rollup next(Handle h, RollupKey key, Rollup before, Rollup delta, Double target) throws SQLException {
        if (before == null && !delta.removed) {
            return delta;
        }
        if (before == null || delta.takesExtremeOf(before)) {
            Rollup fresh = new Rollup();
            for (double value : observations.values(h, key)) {
                fresh.add(value, target);
            }
            return fresh;
        }
        Rollup merged = Rollup.stored(before.count, before.sum, before.min, before.max, before.withinTarget,
                new byte[0]);
        merged.bins.putAll(before.bins);
        merged.count += delta.count;
        merged.sum += delta.sum;
        merged.withinTarget += delta.withinTarget;
        merged.min = Math.min(merged.min, delta.min);
        merged.max = Math.max(merged.max, delta.max);
        delta.bins.forEach((bin, n) -> merged.bins.merge(bin, n, Long::sum));
        merged.bins.values().removeIf(n -> n == 0);
        return merged;
    }

    private Map<RollupKey, Rollup> load(Handle h, Map<RollupKey, Rollup> deltas) throws SQLException {
        Map<String, Set<Long>> bucketsByMetricLevel = new HashMap<>();
        for (RollupKey key : deltas.keySet()) {
            bucketsByMetricLevel.computeIfAbsent(key.metricId() + "\n" + key.level(), k -> new TreeSet<>())
                    .add(key.bucket());
        }
        Map<RollupKey, Rollup> found = new HashMap<>();
        for (Map.Entry<String, Set<Long>> e : bucketsByMetricLevel.entrySet()) {
            String[] parts = e.getKey().split("\n");
            // Range reads over runs of nearby buckets (a backfill slice's are contiguous; a live batch
            // may touch a few far apart); rows in a range that were not touched are skipped.
            int level = Integer.parseInt(parts[1]);
            long gap = 8 * RollupKey.LEVEL_SECONDS[level];
            Long first = null;
            Long previous = null;
            for (long bucket : e.getValue()) {
                if (previous != null && bucket - previous > gap) {
                    loadBuckets(h, parts[0], level, first, previous, deltas, found);
                    first = null;
                }
                first = first == null ? bucket : first;
                previous = bucket;
            }
            loadBuckets(h, parts[0], level, first, previous, deltas, found);
        }
        return found;
    }

    private static void loadBuckets(Handle h, String metricId, int level, long first, long last,
                                    Map<RollupKey, Rollup> wanted, Map<RollupKey, Rollup> found) throws SQLException {
        try (PreparedStatement s = h.getConnection().prepareStatement("SELECT dimension, dim_value, bucket, cnt,"
                + " total, min_value, max_value, within_target, histogram FROM metric_rollups WHERE metric_id = ?"
                + " AND level = ? AND bucket BETWEEN ? AND ?")) {
            s.setString(1, metricId);
            s.setInt(2, level);
            s.setLong(3, first);
            s.setLong(4, last);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    RollupKey key = new RollupKey(metricId, level, rs.getString(1), rs.getString(2), rs.getLong(3));
                    if (wanted.containsKey(key)) {
                        found.put(key, Rollup.stored(rs.getLong(4), rs.getDouble(5), rs.getDouble(6),
                                rs.getDouble(7), rs.getLong(8), rs.getBytes(9)));
                    }
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

    private static void insert(Handle h, Map<RollupKey, Rollup> rows) throws SQLException {
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
