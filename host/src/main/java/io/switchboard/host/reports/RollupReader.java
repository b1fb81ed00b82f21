package io.switchboard.host.reports;

import io.switchboard.host.metrics.RollupBlock;
import io.switchboard.host.metrics.RollupKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a report's rollup blocks at one level: one primary-key range read (metric, level, cut,
 * value, block), a row per block of buckets and cut value, whose buckets are merged into the
 * periods.
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
        String sql = "SELECT dim_value, block, buckets FROM metric_rollups WHERE metric_id = ? AND level = ?"
                + " AND dimension = ?" + valueFilter + " AND block > ? AND block < ?";
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
            s.setLong(i++, periods.from() - RollupBlock.MAX_SPAN_SECONDS);
            s.setLong(i, periods.to());
            s.setFetchSize(500);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String key = key(cut, rs.getString(1));
                    RollupBlock.read(rs.getLong(2), rs.getBytes(3),
                            new PeriodMerger(periods, cells.row(key), cells.total(key), percentiles));
                }
            }
        }
    }

    /** Adds each bucket of a series into its period's cell and the series' total. */
    private static final class PeriodMerger implements RollupBlock.BucketReader {
        private final Periods periods;
        private final Cell[] row;
        private final Cell total;
        private final boolean percentiles;
        private Cell cell;

        PeriodMerger(Periods periods, Cell[] row, Cell total, boolean percentiles) {
            this.periods = periods;
            this.row = row;
            this.total = total;
            this.percentiles = percentiles;
        }

        @Override
        public boolean bucket(long start, long count, double sum, double min, double max, long within) {
            int period = periods.periodOf(start);
            if (period < 0) {
                return false;
            }
            cell = row[period] == null ? (row[period] = new Cell()) : row[period];
            cell.add(count, sum, min, max, within);
            total.add(count, sum, min, max, within);
            return percentiles;
        }

        @Override
        public void bins(int[] bins, long[] counts, int n) {
            cell.addBins(bins, counts, n);
            total.addBins(bins, counts, n);
        }
    }

    private static String key(Cut cut, String dimValue) {
        if (cut.all()) {
            return "all";
        }
        return cut.channel() != null ? dimValue.substring(dimValue.lastIndexOf('/') + 1) : dimValue;
    }
}
