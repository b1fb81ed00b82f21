package io.switchboard.host.reports;

import io.switchboard.host.metrics.Micros;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a report from the stored observations themselves, for periods the rollups cannot
 * serve exactly (boundaries off the whole hour with no day rows for the zone yet, such as
 * India's hours, or an agent cut within one channel by hour). Exact, but its cost grows with
 * the observations in the period, so it is the fallback, not the rule.
 */
final class ObservationReader {

    private ObservationReader() {
    }

    static void read(Connection c, String metricId, Double target, Periods periods, Cut cut, Cells cells)
            throws SQLException {
        String sql = "SELECT channel_type, agent_id, team_id, at_us, obs_value FROM metric_observations"
                + " WHERE metric_id = ? AND at_us >= ? AND at_us < ?"
                + (cut.channel() != null ? " AND channel_type = ?" : "");
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, metricId);
            s.setLong(2, Micros.of(periods.from()));
            s.setLong(3, Micros.of(periods.to()));
            if (cut.channel() != null) {
                s.setString(4, cut.channel());
            }
            s.setFetchSize(5000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long at = Math.floorDiv(rs.getLong(4), Micros.PER_SECOND);
                    int period = at >= periods.from() && at < periods.to() ? periods.periodOf(at) : -1;
                    String key = cut.keyOf(rs.getString(1), rs.getString(2), rs.getString(3));
                    if (period < 0 || key == null) {
                        continue;
                    }
                    double value = rs.getDouble(5);
                    cells.cell(key, period).addValue(value, target);
                    cells.total(key).addValue(value, target);
                }
            }
        }
    }
}
