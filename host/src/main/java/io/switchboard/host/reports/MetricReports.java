package io.switchboard.host.reports;

import io.switchboard.api.metric.MetricDefinition;
import io.switchboard.host.metrics.Levels;
import io.switchboard.host.metrics.MetricCatalog;
import io.switchboard.host.metrics.ReportZones;
import io.switchboard.host.problem.Problem;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Metric reports from the rollups: one range read of about one row per bucket (per cut value),
 * merged into periods, so the cost grows with buckets, not with conversations. Periods the
 * rollups cannot serve exactly are read from the observations (see {@link ObservationReader}).
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
     * The rollup level to read, or -1 to read observations: the zone's own day rows for day,
     * week and month periods when it has them (else they are requested for next time), hour
     * rows when every boundary is on a whole hour and the cut is kept by hour.
     */
    public int level(Periods periods, Cut cut) {
        if (!periods.granularity().equals("hour")) {
            var day = zones.levels().dayLevel(periods.zone());
            if (day.isPresent()) {
                return day.get();
            }
            zones.request(periods.zone());
        }
        return periods.wholeHours() && cut.channel() == null ? Levels.HOUR : -1;
    }

    public Report report(String metricId, Periods periods, Cut cut) {
        MetricDefinition d = catalog.find(metricId).map(MetricCatalog.Entry::definition)
                .orElseThrow(() -> Problem.notFound("no metric '" + metricId + "'"));
        boolean percentiles = Cell.needsPercentiles(d.aggregations());
        Cells cells = new Cells(periods.count());
        int level = level(periods, cut);
        jdbi.useHandle(h -> {
            try {
                if (level < 0) {
                    ObservationReader.read(h.getConnection(), metricId, d.defaultTarget(), periods, cut, cells);
                } else {
                    RollupReader.read(h.getConnection(), metricId, level, periods, cut, percentiles, cells);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("report query failed: " + e.getMessage(), e);
            }
        });
        if (cells.rows.isEmpty()) {
            cells.rows.put(cut.value() != null ? cut.value() : "all", new Cell[periods.count()]);
        }
        List<Report.Series> series = new ArrayList<>();
        for (Map.Entry<String, Cell[]> e : cells.rows.entrySet()) {
            series.add(series(e.getKey(), e.getValue(), cells.totals.getOrDefault(e.getKey(), new Cell()), periods,
                    d));
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
