package io.switchboard.plugins.email;

import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.api.channel.event.MessageFlag;
import io.switchboard.api.channel.event.MessageKind;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one mail into the {@link InboundMessage} the host stores: sender, Message-ID (or a
 * stable synthetic id), subject and thread token, text (derived from HTML for HTML-only
 * mail) with the start of quoted history, attachments, references, and the automated and
 * bounce flags. What could not be read goes into the message's properties:
 * {@code quarantine.reason}, {@code attachments.omitted}, {@code parse.notes}.
 */
final class MailParser {

    static final String QUARANTINE_REASON = "quarantine.reason";
    static final String ATTACHMENTS_OMITTED = "attachments.omitted";
    static final String PARSE_NOTES = "parse.notes";
    static final String AUTOMATED_REASON = "automated.reason";

    private final MimeWalker walker;

    MailParser(long maxAttachmentBytes) {
        this.walker = new MimeWalker(maxAttachmentBytes);
    }

    /**
     * Parses a message.
     *
     * @param message the message, parsed from raw bytes or lazily read over IMAP
     * @param raw the raw bytes when downloaded, for the synthetic id; {@code null} otherwise
     * @param fallbackTime when the message arrived, used when it has no readable Date
     * @return the inbound message
     * @throws MessagingException when even the headers cannot be read
     * @throws IOException when the content cannot be read
     */
    InboundMessage parse(MimeMessage message, byte[] raw, Instant fallbackTime) throws MessagingException, IOException {
        Sender sender = Sender.of(message);
        BodyParts body = walker.walk(message);
        Automation automation = Automation.of(message);
        String subject = subject(message);
        String html = body.html();
        String text = (body.text().isBlank() && html != null ? HtmlToText.convert(html) : body.text())
                .replace("\r\n", "\n");
        List<String> answered = new ArrayList<>(MessageIds.answered(message.getHeader("In-Reply-To", " "),
                message.getHeader("References", " ")));
        if (automation.flags().contains(MessageFlag.BOUNCE)) {
            body.embeddedMessageIds().stream().filter(id -> !answered.contains(id)).forEach(answered::add);
        }
        String externalId = MessageIds.first(message.getHeader("Message-ID", null))
                .orElse(SyntheticIds.of(message, raw));
        return new InboundMessage(externalId, sender.address(), sender.name(), sentAt(message, fallbackTime),
                text.isBlank() && !body.attachments().isEmpty() ? MessageKind.MEDIA : MessageKind.TEXT, subject, text,
                html, body.attachments(), answered, ThreadTokens.find(subject).orElse(null),
                QuotedHistory.start(text), automation.flags(), properties(message, sender, body, automation));
    }

    private static Map<String, String> properties(MimeMessage message, Sender sender, BodyParts body,
                                                  Automation automation) throws MessagingException {
        Map<String, String> properties = new LinkedHashMap<>();
        header(message, "To").ifPresent(v -> properties.put("email.to", v));
        header(message, "Cc").ifPresent(v -> properties.put("email.cc", v));
        header(message, "Reply-To").ifPresent(v -> properties.put("email.replyTo", v));
        List<String> defects = new ArrayList<>();
        if (sender.problem() != null) {
            defects.add(sender.problem());
        }
        defects.addAll(body.defects());
        if (!defects.isEmpty()) {
            properties.put(QUARANTINE_REASON, String.join("; ", defects));
        }
        if (!body.omitted().isEmpty()) {
            properties.put(ATTACHMENTS_OMITTED, String.join("; ", body.omitted()));
        }
        if (!body.problems().isEmpty()) {
            properties.put(PARSE_NOTES, String.join("; ", body.problems()));
        }
        if (automation.reason() != null) {
            properties.put(AUTOMATED_REASON, automation.reason());
        }
        return properties;
    }

    private static java.util.Optional<String> header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, ", ");
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(decode(MimeUtility.unfold(value)).strip());
    }

    static String subject(MimeMessage message) throws MessagingException {
        String raw = message.getHeader("Subject", null);
        if (raw == null) {
            return null;
        }
        String subject = decode(MimeUtility.unfold(raw)).replaceAll("[\\r\\n\\t]+", " ").strip();
        return subject.length() <= 500 ? subject : subject.substring(0, 500);
    }

    /**
     * RFC 2047 decoding that also accepts the encoded words real clients write against the
     * rules: adjacent to other text, or split in the middle of a multi-byte character.
     */
    static String decode(String text) {
        if (!text.contains("=?")) {
            return text;
        }
        return EncodedWords.decode(text);
    }

    private static Instant sentAt(MimeMessage message, Instant fallback) {
        try {
            java.util.Date date = message.getSentDate();
            return date == null ? fallback : date.toInstant();
        } catch (MessagingException e) {
            return fallback;
        }
    }
}
