package io.switchboard.host.reports;

import io.switchboard.host.metrics.RollupKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a report's rollup rows at one level: one primary-key range read (metric, level, cut,
 * value, bucket), about one row per bucket and cut value, merged into the periods.
 */
final class RollupReader {

    private RollupReader() {
    }

    static void read(Connection c, String metricId, int level, Periods periods, Cut cut, boolean percentiles,
                     Cells cells) throws SQLException {
        boolean withinChannel = cut.channel() != null;
        String dimension = withinChannel ? RollupKey.CHANNEL_AGENT : cut.dimension();
        String valueFilter = withinChannel
                ? (cut.value() != null ? " AND dim_value = ?" : " AND dim_value >= ? AND dim_value < ?")
                : (cut.value() != null ? " AND dim_value = ?" : "");
        String sql = "SELECT dim_value, bucket, cnt, total, min_value, max_value, within_target"
                + (percentiles ? ", histogram" : "") + " FROM metric_rollups WHERE metric_id = ? AND level = ?"
                + " AND dimension = ?" + valueFilter + " AND bucket >= ? AND bucket < ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setString(i++, metricId);
            s.setInt(i++, level);
            s.setString(i++, dimension);
            if (withinChannel && cut.value() != null) {
                s.setString(i++, RollupKey.channelAgent(cut.channel(), cut.value()));
            } else if (withinChannel) {
                s.setString(i++, cut.channel() + "/");
                s.setString(i++, cut.channel() + "0"); // '0' follows '/': every value with the prefix
            } else if (cut.value() != null) {
                s.setString(i++, cut.value());
            }
            s.setLong(i++, periods.from());
            s.setLong(i, periods.to());
            s.setFetchSize(2000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int period = periods.periodOf(rs.getLong(2));
                    if (period < 0) {
                        continue;
                    }
                    String key = key(cut, rs.getString(1));
                    byte[] histogram = percentiles ? rs.getBytes(8) : null;
                    long count = rs.getLong(3);
                    double sum = rs.getDouble(4);
                    double min = rs.getDouble(5);
                    double max = rs.getDouble(6);
                    long within = rs.getLong(7);
                    cells.cell(key, period).add(count, sum, min, max, within, histogram, percentiles);
                    cells.total(key).add(count, sum, min, max, within, histogram, percentiles);
                }
            }
        }
    }

    private static String key(Cut cut, String dimValue) {
        if (cut.all()) {
            return "all";
        }
        return cut.channel() != null ? dimValue.substring(dimValue.lastIndexOf('/') + 1) : dimValue;
    }
}
