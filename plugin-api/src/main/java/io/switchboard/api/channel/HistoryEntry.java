package io.switchboard.api.channel;

import java.time.Instant;
import java.util.Map;
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
 * @param options what the host passed with the outbound message in
 *     {@link OutboundMessage#options()}, such as {@link OutboundMessage#OPTION_CHOICES}, so a
 *     client shows a reloaded message as it showed the live one; empty when there are none
 *     (since 1.1)
 * @since 1.0
 */
public record HistoryEntry(String messageId, boolean inbound, String text, String authorName, Instant at,
                           DeliveryStatus status, Map<String, String> options) {

    /**
     * Validates the components and copies the options.
     *
     * @since 1.1
     */
    public HistoryEntry {
        Objects.requireNonNull(messageId, "messageId");
        text = Objects.requireNonNullElse(text, "");
        Objects.requireNonNull(at, "at");
        options = Map.copyOf(options == null ? Map.of() : options);
    }

    /**
     * An entry without options, as before 1.1.
     *
     * @param messageId the host's message id
     * @param inbound whether the customer wrote it
     * @param text the text
     * @param authorName the agent's display name for outbound messages, else {@code null}
     * @param at when it was written
     * @param status delivery status of an outbound message, {@code null} for inbound
     * @since 1.0
     */
    public HistoryEntry(String messageId, boolean inbound, String text, String authorName, Instant at,
                        DeliveryStatus status) {
        this(messageId, inbound, text, authorName, at, status, Map.of());
    }
}
