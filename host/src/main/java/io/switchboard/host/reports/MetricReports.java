package io.switchboard.host.reports;

import io.switchboard.api.metric.MetricDefinition;
import io.switchboard.host.metrics.MetricCatalog;
import io.switchboard.host.metrics.ReportZones;
import io.switchboard.host.problem.Problem;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/**
 * Metric reports from the rollups: one range read of about one row per bucket (per cut value),
 * merged into periods, so the cost grows with buckets, not with conversations.
 */
public final class MetricReports {

    private final Jdbi jdbi;
    private final MetricCatalog catalog;
    private final ReportZones zones;

    public MetricReports(Jdbi jdbi, MetricCatalog catalog, ReportZones zones) {
        this.jdbi = jdbi;
        this.catalog = catalog;
        this.zones = zones;
    }

    /**
     * The rollup level to read: the zone's own day rows for day, week and month periods when it
     * has them (else they are requested for next time), hour rows when every boundary is on a
     * whole hour, else 15-minute rows.
     */
    public int level(Periods periods) {
        if (!periods.granularity().equals("hour")) {
            var day = zones.levels().dayLevel(periods.zone());
            if (day.isPresent()) {
                return day.get();
            }
            zones.request(periods.zone());
        }
        return periods.level();
    }

    public Report report(String metricId, Periods periods, Cut cut) {
        MetricDefinition d = catalog.find(metricId).map(MetricCatalog.Entry::definition)
                .orElseThrow(() -> Problem.notFound("no metric '" + metricId + "'"));
        boolean percentiles = Cell.needsPercentiles(d.aggregations());
        Map<String, Cell[]> cells = new TreeMap<>();
        Map<String, Cell> totals = new TreeMap<>();
        int level = level(periods);
        jdbi.useHandle(h -> {
            String sql = "SELECT dim_value, bucket, cnt, total, min_value, max_value, within_target, histogram"
                    + " FROM metric_rollups WHERE metric_id = ? AND level = ? AND dimension = ?"
                    + (cut.value() != null ? " AND dim_value = ?" : "") + " AND bucket >= ? AND bucket < ?";
            try (PreparedStatement s = h.getConnection().prepareStatement(sql)) {
                int i = 1;
                s.setString(i++, metricId);
                s.setInt(i++, level);
                s.setString(i++, cut.dimension());
                if (cut.value() != null) {
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
                        String key = cut.all() ? "all" : rs.getString(1);
                        Cell[] row = cells.computeIfAbsent(key, k -> new Cell[periods.count()]);
                        if (row[period] == null) {
                            row[period] = new Cell();
                        }
                        byte[] histogram = percentiles ? rs.getBytes(8) : null;
                        row[period].add(rs.getLong(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6),
                                rs.getLong(7), histogram, percentiles);
                        totals.computeIfAbsent(key, k -> new Cell()).add(rs.getLong(3), rs.getDouble(4),
                                rs.getDouble(5), rs.getDouble(6), rs.getLong(7), histogram, percentiles);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("report query failed: " + e.getMessage(), e);
            }
        });
        if (cells.isEmpty()) {
            cells.put(cut.value() != null ? cut.value() : "all", new Cell[periods.count()]);
        }
        List<Report.Series> series = new ArrayList<>();
        for (Map.Entry<String, Cell[]> e : cells.entrySet()) {
            series.add(series(e.getKey(), e.getValue(), totals.getOrDefault(e.getKey(), new Cell()), periods, d));
        }
        return new Report(d.id(), "metric", d.name(), d.unit().name().toLowerCase(Locale.ROOT),
                d.aggregations().stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList(), d.defaultTarget(),
                d.lowerIsBetter(), periods.start(0).toString(), periods.start(periods.count()).toString(),
                periods.zone().getId(), periods.granularity(), cut.all() ? null : cut.dimension(), series);
    }

    private static Report.Series series(String key, Cell[] row, Cell total, Periods periods, MetricDefinition d) {
        List<Report.Point> points = new ArrayList<>(row.length);
        for (int p = 0; p < row.length; p++) {
            Cell c = row[p] == null ? new Cell() : row[p];
            points.add(Report.Point.of(periods.start(p).atZone(periods.zone()).toOffsetDateTime().toString(), c.count,
                    c.figures(d.aggregations())));
        }
        return new Report.Series(key, Report.Point.of(null, total.count, total.figures(d.aggregations())), points);
    }
}
