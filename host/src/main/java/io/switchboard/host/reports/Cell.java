package io.switchboard.host.reports;

import io.switchboard.api.metric.Aggregation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rollup rows of one period (or a whole series) merged, and the figures they give. */
final class Cell {

    long count;
    double sum;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    long withinTarget;
    private Bins bins;

    void add(long count, double sum, double min, double max, long within, byte[] histogram, boolean percentiles) {
        this.count += count;
        this.sum += sum;
        this.min = Math.min(this.min, min);
        this.max = Math.max(this.max, max);
        this.withinTarget += within;
        if (percentiles) {
            if (bins == null) {
                bins = new Bins();
            }
            bins.addEncoded(histogram);
        }
    }

    /** Adds one observation (reports read from observations). */
    void addValue(double value, Double target) {
        count++;
        sum += value;
        min = Math.min(min, value);
        max = Math.max(max, value);
        if (target != null && value <= target) {
            withinTarget++;
        }
        if (bins == null) {
            bins = new Bins();
        }
        bins.add(io.switchboard.host.metrics.LogHistogram.bin(value), 1);
    }

    /** The figures by lower-case aggregation name; empty when there are no observations. */
    Map<String, Double> figures(List<Aggregation> aggregations) {
        Map<String, Double> figures = new LinkedHashMap<>();
        if (count <= 0) {
            return figures;
        }
        for (Aggregation a : aggregations) {
            figures.put(a.name().toLowerCase(Locale.ROOT), switch (a) {
                case COUNT -> (double) count;
                case SUM -> sum;
                case MEAN -> sum / count;
                case MEDIAN -> bins.quantile(0.5, count);
                case P90 -> bins.quantile(0.9, count);
                case MAX -> max;
                case WITHIN_TARGET -> (double) withinTarget / count;
                case SHARE -> sum / count;
            });
        }
        return figures;
    }

    static boolean needsPercentiles(List<Aggregation> aggregations) {
        return aggregations.contains(Aggregation.MEDIAN) || aggregations.contains(Aggregation.P90);
    }
}
