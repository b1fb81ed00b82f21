package io.switchboard.host.metrics;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Builds one zone's day rollups from the stored observations of every metric, in the worker's
 * transaction (the worker is the only writer, so nothing changes underneath), then marks the
 * zone ready so the writer keeps its rows from then on.
 */
final class ZoneBuilder {

    private ZoneBuilder() {
    }

    static void build(Handle h, ReportZones.Zone zone, Function<String, Double> targets) throws SQLException {
        Grain grain = new Grain.ZoneDay(zone.zone());
        Map<RollupKey, Rollup> rows = new HashMap<>();
        try (PreparedStatement s = h.getConnection().prepareStatement("SELECT metric_id, obs_value, at_us,"
                + " channel_type, agent_id, team_id FROM metric_observations")) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String metric = rs.getString(1);
                    double value = rs.getDouble(2);
                    long day = grain.start(Math.floorDiv(rs.getLong(3), Micros.PER_SECOND));
                    Double target = targets.apply(metric);
                    add(rows, new RollupKey(metric, zone.level(), "all", "", day), value, target);
                    add(rows, new RollupKey(metric, zone.level(), "channel", rs.getString(4), day), value, target);
                    add(rows, new RollupKey(metric, zone.level(), "agent", none(rs.getString(5)), day), value, target);
                    add(rows, new RollupKey(metric, zone.level(), "team", none(rs.getString(6)), day), value, target);
                    add(rows, new RollupKey(metric, zone.level(), RollupKey.CHANNEL_AGENT,
                            RollupKey.channelAgent(rs.getString(4), rs.getString(5)), day), value, target);
                }
            }
        }
        h.createUpdate("DELETE FROM metric_rollups WHERE level = :level").bind("level", zone.level()).execute();
        RollupStore.insert(h, rows, Levels.of(Map.of(zone.level(), zone.zone())));
        h.createUpdate("UPDATE metric_zones SET ready = TRUE WHERE level = :level").bind("level", zone.level())
                .execute();
    }

    private static void add(Map<RollupKey, Rollup> rows, RollupKey key, double value, Double target) {
        rows.computeIfAbsent(key, k -> new Rollup()).add(value, target);
    }

    private static String none(String id) {
        return id == null ? RollupKey.NONE : id;
    }
}
