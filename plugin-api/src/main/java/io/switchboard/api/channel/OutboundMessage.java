package io.switchboard.api.channel;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A message the host asks a channel to deliver. The host retries a delivery that returned
 * {@link DeliveryResult.Retry} or threw, so a plugin should make a repeated delivery of the
 * same {@code messageId} safe where its provider allows (an idempotency key, a Message-ID).
 *
 * @param messageId the host's stable id of this message; the same on every retry
 * @param conversationId the host's conversation id
 * @param recipient the customer's address
 * @param recipientName the customer's display name, or {@code null}
 * @param subject subject line for channels that have one, or {@code null}
 * @param text plain text body (always present; derived from HTML when needed)
 * @param html HTML body, or {@code null}
 * @param attachments files to send
 * @param inReplyTo provider ids of earlier messages of this conversation, oldest first
 *     (email uses them for In-Reply-To and References)
 * @param threadToken the conversation's token for channels that thread by subject
 * @param template a template to send instead of free text, or {@code null}
 * @param customerLastMessageAt when the customer last wrote on this conversation, or
 *     {@code null}; lets a plugin apply an extended reply window (Messenger HUMAN_AGENT)
 * @param authorName the sending agent's display name, or {@code null} for the system
 * @param options channel-specific options chosen by the agent
 * @since 1.0
 */
public record OutboundMessage(String messageId, String conversationId, Address recipient, String recipientName,
                              String subject, String text, String html, List<Attachment> attachments,
                              List<String> inReplyTo, String threadToken, MessageTemplate template,
                              Instant customerLastMessageAt, String authorName, Map<String, String> options) {

    /**
     * Option key for quick-reply choices the customer can pick instead of typing, such as
     * the values of a satisfaction survey. The value holds one choice per line, each either
     * {@code value} or {@code value<TAB>caption}; picking a choice sends {@code value} as an
     * ordinary customer message. The message text always asks the question in words too, so a
     * channel without buttons may ignore this option.
     *
     * @since 1.1
     */
    public static final String OPTION_CHOICES = "choices";

    /**
     * Validates the components and copies the collections.
     *
     * @since 1.0
     */
    public OutboundMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(recipient, "recipient");
        text = Objects.requireNonNullElse(text, "");
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
        inReplyTo = List.copyOf(inReplyTo == null ? List.of() : inReplyTo);
        options = Map.copyOf(options == null ? Map.of() : options);
    }

    /**
     * A plain-text message with nothing else set.
     *
     * @param messageId the host's message id
     * @param conversationId the conversation id
     * @param recipient the customer's address
     * @param text the text
     * @return the message
     * @since 1.0
     */
    public static OutboundMessage text(String messageId, String conversationId, Address recipient, String text) {
        return new OutboundMessage(messageId, conversationId, recipient, null, null, text, null, List.of(), List.of(),
                null, null, null, null, Map.of());
    }
}
