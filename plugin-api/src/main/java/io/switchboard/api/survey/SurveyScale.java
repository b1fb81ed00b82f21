package io.switchboard.api.survey;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The answer scale of a survey. Values rise with satisfaction (or ease): higher is better.
 *
 * @param min smallest answer
 * @param max largest answer
 * @param labels labels of some or all values, such as {@code 1 -> "Very unsatisfied"}
 * @since 1.0
 */
public record SurveyScale(int min, int max, Map<Integer, String> labels) {

    /**
     * Validates the components and copies the labels in value order.
     *
     * @since 1.0
     */
    public SurveyScale {
        if (min >= max) {
            throw new IllegalArgumentException("min must be below max");
        }
        Objects.requireNonNull(labels, "labels");
        for (Integer value : labels.keySet()) {
            if (value < min || value > max) {
                throw new IllegalArgumentException("label for " + value + " outside " + min + ".." + max);
            }
        }
        labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    /**
     * Whether a value lies on the scale.
     *
     * @param value the value
     * @return true when {@code min <= value <= max}
     * @since 1.0
     */
    public boolean contains(int value) {
        return value >= min && value <= max;
    }
}
