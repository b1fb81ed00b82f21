package io.switchboard.host.reports;

import io.switchboard.api.metric.Aggregation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rollup rows of one period (or a whole series) merged, and the figures they give. */
final class Cell {

    private static final double[] MEDIAN_AND_P90 = {0.5, 0.9};
    private static final Map<Aggregation, String> NAMES = new java.util.EnumMap<>(Aggregation.class);

    static {
        for (Aggregation a : Aggregation.values()) {
            NAMES.put(a, a.name().toLowerCase(Locale.ROOT));
        }
    }

    long count;
    double sum;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    long withinTarget;
    private Bins bins;

    /** Adds a rollup bucket's figures (its histogram bins come through {@link #addBins}). */
    void add(long count, double sum, double min, double max, long within) {
        this.count += count;
        this.sum += sum;
        this.min = Math.min(this.min, min);
        this.max = Math.max(this.max, max);
        this.withinTarget += within;
    }

    /** Adds an ascending run of histogram bins (the first {@code n}). */
    void addBins(int[] bins, long[] counts, int n) {
        bins().addAll(bins, counts, n);
    }

    private Bins bins() {
        if (bins == null) {
            bins = new Bins();
        }
        return bins;
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
        bins().add(io.switchboard.host.metrics.LogHistogram.bin(value), 1);
    }

    /** The figures by lower-case aggregation name; empty when there are no observations. */
    Map<String, Double> figures(List<Aggregation> aggregations) {
        Map<String, Double> figures = new LinkedHashMap<>();
        if (count <= 0) {
            return figures;
        }
        double[] percentiles = needsPercentiles(aggregations) ? bins().quantiles(MEDIAN_AND_P90, count) : null;
        for (Aggregation a : aggregations) {
            figures.put(NAMES.get(a), switch (a) {
                case COUNT -> (double) count;
                case SUM -> sum;
                case MEAN -> sum / count;
                case MEDIAN -> percentiles[0];
                case P90 -> percentiles[1];
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
