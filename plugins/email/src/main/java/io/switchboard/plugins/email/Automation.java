package io.switchboard.plugins.email;

import io.switchboard.api.channel.event.MessageFlag;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises mail a machine sent: auto-replies (RFC 3834 Auto-Submitted, Precedence
 * bulk/junk/list/auto_reply, the X-Autoreply headers of older responders, a null
 * Return-Path) and bounces (RFC 6522 multipart/report). The host never counts such mail as a
 * customer message, never surveys it and never answers it automatically, so no mail loops.
 *
 * @param flags the flags to set
 * @param reason which header said so, or {@code null} for human mail
 */
record Automation(Set<MessageFlag> flags, String reason) {

    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");

    static Automation of(Part message) throws MessagingException {
        if (message.isMimeType("multipart/report")) {
            return new Automation(EnumSet.of(MessageFlag.BOUNCE, MessageFlag.AUTOMATED),
                    "Content-Type: multipart/report");
        }
        Optional<String> reason = header(message, "Auto-Submitted").filter(v -> !v.equalsIgnoreCase("no"))
                .map(v -> "Auto-Submitted: " + v)
                .or(() -> header(message, "Precedence")
                        .filter(v -> BULK_PRECEDENCE.contains(v.toLowerCase(Locale.ROOT)))
                        .map(v -> "Precedence: " + v))
                .or(() -> header(message, "X-Autoreply").map(v -> "X-Autoreply: " + v))
                .or(() -> header(message, "X-Autorespond").map(v -> "X-Autorespond: " + v))
                .or(() -> header(message, "Return-Path").filter(v -> v.replaceAll("\\s", "").equals("<>"))
                        .map(v -> "Return-Path: <>"));
        return reason.map(r -> new Automation(EnumSet.of(MessageFlag.AUTOMATED), r))
                .orElse(new Automation(Set.of(), null));
    }

    private static Optional<String> header(Part message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null || values.length == 0 ? Optional.empty()
                    : Optional.of(values[0].strip()).filter(v -> !v.isEmpty() || name.equals("Return-Path"));
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }
}
