package io.switchboard.api.survey;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * How many answers each value received over some period and cut.
 *
 * @param counts number of answers by value; values with no answers may be absent
 * @since 1.0
 */
public record AnswerDistribution(Map<Integer, Long> counts) {

    /**
     * Validates the counts and copies them in value order.
     *
     * @since 1.0
     */
    public AnswerDistribution {
        for (Long count : counts.values()) {
            if (count == null || count < 0) {
                throw new IllegalArgumentException("counts must be zero or more");
            }
        }
        counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /**
     * Number of answers in all.
     *
     * @return the total
     * @since 1.0
     */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Number of answers with a value in a range.
     *
     * @param from smallest value counted
     * @param to largest value counted
     * @return the count
     * @since 1.0
     */
    public long countBetween(int from, int to) {
        return counts.entrySet().stream().filter(e -> e.getKey() >= from && e.getKey() <= to)
                .mapToLong(Map.Entry::getValue).sum();
    }

    /**
     * The mean answer.
     *
     * @return the mean, empty when there are no answers
     * @since 1.0
     */
    public OptionalDouble mean() {
        long total = total();
        if (total == 0) {
            return OptionalDouble.empty();
        }
        double sum = counts.entrySet().stream().mapToDouble(e -> (double) e.getKey() * e.getValue()).sum();
        return OptionalDouble.of(sum / total);
    }
}
