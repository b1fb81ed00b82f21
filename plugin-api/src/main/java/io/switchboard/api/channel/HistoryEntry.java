package io.switchboard.api.channel;

import java.time.Instant;
import java.util.Objects;

/**
 * A public message of a conversation as a customer-facing client shows it; private notes
 * are never included.
 *
 * @param messageId the host's message id
 * @param inbound whether the customer wrote it
 * @param text the text
 * @param authorName the agent's display name for outbound messages, else {@code null}
 * @param at when it was written
 * @param status delivery status of an outbound message, {@code null} for inbound
 * @since 1.0
 */
public record HistoryEntry(String messageId, boolean inbound, String text, String authorName, Instant at,
                           DeliveryStatus status) {

    /**
     * Validates the components.
     *
     * @since 1.0
     */
    public HistoryEntry {
        Objects.requireNonNull(messageId, "messageId");
        text = Objects.requireNonNullElse(text, "");
        Objects.requireNonNull(at, "at");
    }
}
