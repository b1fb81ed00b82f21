package io.switchboard.api.channel.event;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.Attachment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A message from a customer. The host stores it once per (channel instance, externalId),
 * however often the provider delivers it.
 *
 * @param externalId the provider's message id (WhatsApp wamid, Twilio MessageSid, Message-ID)
 * @param from the sender's address
 * @param senderName the sender's display name, or {@code null}
 * @param sentAt when the provider says it was sent
 * @param kind what it carries
 * @param subject subject line, or {@code null}
 * @param text plain text (derived from HTML when only HTML was sent), or an empty string
 * @param html HTML body, or {@code null}
 * @param attachments files, in order
 * @param inReplyTo provider ids of messages this one answers (email In-Reply-To and
 *     References), newest first
 * @param threadToken a conversation token found in the message (email subject), or {@code null}
 * @param quotedFrom offset in {@code text} where quoted earlier history starts, or -1
 * @param flags facts that change how the host treats it
 * @param properties kind-specific details (see {@link MessageKind})
 * @since 1.0
 */
public record InboundMessage(String externalId, Address from, String senderName, Instant sentAt, MessageKind kind,
                             String subject, String text, String html, List<Attachment> attachments,
                             List<String> inReplyTo, String threadToken, int quotedFrom, Set<MessageFlag> flags,
                             Map<String, String> properties) implements InboundEvent {

    /**
     * Validates the components and copies the collections.
     *
     * @since 1.0
     */
    public InboundMessage {
        Objects.requireNonNull(externalId, "externalId");
        if (externalId.isBlank()) {
            throw new IllegalArgumentException("externalId must not be blank");
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(kind, "kind");
        text = Objects.requireNonNullElse(text, "");
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
        inReplyTo = List.copyOf(inReplyTo == null ? List.of() : inReplyTo);
        if (quotedFrom < -1 || quotedFrom > text.length()) {
            throw new IllegalArgumentException("quotedFrom outside the text");
        }
        flags = Set.copyOf(flags == null ? Set.of() : flags);
        properties = Map.copyOf(properties == null ? Map.of() : properties);
    }

    /**
     * A plain text message.
     *
     * @param externalId the provider's id
     * @param from the sender
     * @param senderName the sender's name, or {@code null}
     * @param sentAt when it was sent
     * @param text the text
     * @return the message
     * @since 1.0
     */
    public static InboundMessage text(String externalId, Address from, String senderName, Instant sentAt,
                                      String text) {
        return new InboundMessage(externalId, from, senderName, sentAt, MessageKind.TEXT, null, text, null, List.of(),
                List.of(), null, -1, Set.of(), Map.of());
    }

    /**
     * Whether a machine sent it.
     *
     * @return true for auto-replies and bounces
     * @since 1.0
     */
    public boolean automated() {
        return flags.contains(MessageFlag.AUTOMATED) || flags.contains(MessageFlag.BOUNCE);
    }
}
