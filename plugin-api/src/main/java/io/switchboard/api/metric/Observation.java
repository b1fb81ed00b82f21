package io.switchboard.api.metric;

import java.time.Instant;
import java.util.Objects;

/**
 * One measured value of a metric for one conversation.
 *
 * @param key identifies the observation within the conversation (such as {@code first} or
 *     {@code reply:42}); when a later evaluation yields a different value for the same key,
 *     or no longer yields the key, the host replaces or retracts the earlier one
 * @param value the value, in the metric's unit
 * @param at the moment the observation belongs to (decides its time bucket)
 * @param agentId the agent it is credited to, or {@code null} for the conversation's assignee
 * @since 1.0
 */
public record Observation(String key, double value, Instant at, String agentId) {

    /**
     * Validates the components.
     *
     * @since 1.0
     */
    public Observation {
        Objects.requireNonNull(key, "key");
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("observation value must be finite");
        }
        Objects.requireNonNull(at, "at");
    }
}
