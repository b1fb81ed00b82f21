package io.switchboard.api.metric;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Declares a metric.
 *
 * @param id stable identifier, {@code [a-z][a-z0-9-]*}, such as {@code first-response-time}
 * @param name display name
 * @param description one sentence on what one observation is
 * @param unit unit of the values
 * @param aggregations the figures reports show, the first being the headline
 * @param defaultTarget target value for {@link Aggregation#WITHIN_TARGET}, or {@code null}
 * @param lowerIsBetter whether smaller values are better (durations)
 * @since 1.0
 */
public record MetricDefinition(String id, String name, String description, MetricUnit unit,
                               List<Aggregation> aggregations, Double defaultTarget, boolean lowerIsBetter) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    /**
     * Validates the components and copies the list.
     *
     * @since 1.0
     */
    public MetricDefinition {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid metric id: " + id);
        }
        Objects.requireNonNull(name, "name");
        description = Objects.requireNonNullElse(description, "");
        Objects.requireNonNull(unit, "unit");
        aggregations = List.copyOf(aggregations);
        if (aggregations.isEmpty()) {
            throw new IllegalArgumentException("a metric needs at least one aggregation");
        }
    }
}
