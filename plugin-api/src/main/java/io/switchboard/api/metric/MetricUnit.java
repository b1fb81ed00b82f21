package io.switchboard.api.metric;

/**
 * The unit of a metric's observation values.
 *
 * @since 1.0
 */
public enum MetricUnit {
    /** A duration in seconds. @since 1.0 */
    SECONDS,
    /** A yes/no outcome stored as 1 or 0; reported as a share. @since 1.0 */
    BOOLEAN,
    /** A count of things. @since 1.0 */
    COUNT
}
