package io.switchboard.api.metric;

/**
 * A figure a report can show for a metric.
 *
 * @since 1.0
 */
public enum Aggregation {
    /** Number of observations. @since 1.0 */
    COUNT,
    /** Sum of values. @since 1.0 */
    SUM,
    /** Arithmetic mean. @since 1.0 */
    MEAN,
    /** 50th percentile. @since 1.0 */
    MEDIAN,
    /** 90th percentile. @since 1.0 */
    P90,
    /** Largest value. @since 1.0 */
    MAX,
    /** Share of observations at or under the target. @since 1.0 */
    WITHIN_TARGET,
    /** Share of observations equal to 1 (for {@link MetricUnit#BOOLEAN}). @since 1.0 */
    SHARE
}
