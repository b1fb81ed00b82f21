package io.switchboard.api.channel;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of {@link ChannelInstance#deliver(OutboundMessage)}. A thrown exception counts
 * as {@link Retry}.
 *
 * @since 1.0
 */
public sealed interface DeliveryResult {

    /**
     * The provider accepted the message.
     *
     * @param externalId the provider's message id; status callbacks and threading refer to it
     * @since 1.0
     */
    record Sent(String externalId) implements DeliveryResult {
        /**
         * Validates the id.
         *
         * @since 1.0
         */
        public Sent {
            Objects.requireNonNull(externalId, "externalId");
        }
    }

    /**
     * A temporary failure (rate limit, 5xx, timeout, connection refused): the host tries
     * again with backoff.
     *
     * @param reason what happened, shown to the agent while retrying
     * @param retryAfter the provider's requested delay, or {@code null} to let the host choose
     * @since 1.0
     */
    record Retry(String reason, Duration retryAfter) implements DeliveryResult {
        /**
         * Validates the reason.
         *
         * @since 1.0
         */
        public Retry {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A permanent failure (invalid recipient, policy violation, 5xx SMTP reply): the message
     * is marked {@link DeliveryStatus#FAILED} with this reason.
     *
     * @param code the provider's error code, or an empty string
     * @param reason the provider's message, shown to the agent
     * @since 1.0
     */
    record Failed(String code, String reason) implements DeliveryResult {
        /**
         * Validates the components.
         *
         * @since 1.0
         */
        public Failed {
            code = Objects.requireNonNullElse(code, "");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The provider accepted the message.
     *
     * @param externalId the provider's id
     * @return the result
     * @since 1.0
     */
    static DeliveryResult sent(String externalId) {
        return new Sent(externalId);
    }

    /**
     * A temporary failure; the host picks the delay.
     *
     * @param reason what happened
     * @return the result
     * @since 1.0
     */
    static DeliveryResult retry(String reason) {
        return new Retry(reason, null);
    }

    /**
     * A permanent failure.
     *
     * @param code the provider's error code
     * @param reason the provider's message
     * @return the result
     * @since 1.0
     */
    static DeliveryResult failed(String code, String reason) {
        return new Failed(code, reason);
    }
}
