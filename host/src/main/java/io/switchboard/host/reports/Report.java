package io.switchboard.host.reports;

import java.util.List;
import java.util.Map;

/**
 * A report: per series (one per value of the cut, or {@code all}) the figures of every period
 * and the totals, each with the number of observations (or survey answers) it rests on. A
 * period without any has {@code noData} and no figures, never 0 or NaN.
 */
public record Report(String id, String kind, String name, String unit, List<String> figures, Double target,
                     Boolean lowerIsBetter, String from, String to, String zone, String granularity, String cut,
                     List<Series> series) {

    /** One line of the report. */
    public record Series(String key, Point totals, List<Point> periods) {
    }

    /** Figures of one period (or the totals); {@code start} is null for totals. */
    public record Point(String start, long count, boolean noData, Map<String, Double> figures) {

        static Point of(String start, long count, Map<String, Double> figures) {
            return new Point(start, count, count == 0, count == 0 ? null : figures);
        }
    }
}
