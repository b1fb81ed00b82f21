/**
 * The metric SPI: a {@link io.switchboard.api.metric.MetricType} turns a conversation's
 * event log into observations; the host stores, rolls up and reports them.
 *
 * @since 1.0
 */
package io.switchboard.api.metric;
