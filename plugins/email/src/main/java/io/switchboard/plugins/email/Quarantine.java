package io.switchboard.plugins.email;

import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.api.channel.event.MessageKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message the MIME parser gave up on, stored anyway so it is seen and one bad message never
 * blocks the mailbox: headers are picked out of the raw bytes line by line, the body is shown
 * as raw text, and {@code quarantine.reason} says what failed.
 */
final class Quarantine {

    static final int MAX_TEXT = 100_000;

    private static final Pattern HEADER_END = Pattern.compile("\\r?\\n\\r?\\n");

    private Quarantine() {
    }

    static InboundMessage of(byte[] raw, long uidValidity, long uid, Throwable failure, Instant arrived) {
        String reason = "the message could not be parsed (" + failure.getClass().getSimpleName() + ": "
                + failure.getMessage() + "); its raw text is shown";
        if (raw == null) {
            return new InboundMessage(SyntheticIds.ofPosition(uidValidity, uid), Sender.unknown().address(), null,
                    arrived, MessageKind.OTHER, null, "[a message that could not be read from the mailbox]", null, List.of(),
                    List.of(), null, -1, Set.of(),
                    Map.of(MailParser.QUARANTINE_REASON, reason));
        }
        String source = new String(raw, StandardCharsets.UTF_8);
        Matcher end = HEADER_END.matcher(source);
        String headers = end.find() ? source.substring(0, end.start()) : source;
        String body = end.find(0) ? source.substring(end.end()) : "";
        Sender sender = header(headers, "From").flatMap(Sender::parse)
                .or(() -> header(headers, "Sender").flatMap(Sender::parse)).orElse(Sender.unknown());
        String subject = header(headers, "Subject").map(MailParser::decode)
                .map(v -> v.length() <= 500 ? v : v.substring(0, 500)).orElse(null);
        String id = header(headers, "Message-ID").flatMap(MessageIds::first)
                .orElse(SyntheticIds.ofPosition(uidValidity, uid));
        String text = body.length() <= MAX_TEXT ? body : body.substring(0, MAX_TEXT);
        return new InboundMessage(id, sender.address(), sender.name(), arrived, MessageKind.TEXT, subject, text, null,
                List.of(), List.of(), ThreadTokens.find(subject).orElse(null), -1, Set.of(),
                Map.of(MailParser.QUARANTINE_REASON, reason));
    }

    /** A header's unfolded value from raw header text. */
    private static Optional<String> header(String headers, String name) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(name) + "[ \\t]*:(.*(?:\\r?\\n[ \\t].*)*)",
                Pattern.CASE_INSENSITIVE | Pattern.MULTILINE).matcher(headers);
        return matcher.find() ? Optional.of(matcher.group(1).replaceAll("\\r?\\n[ \\t]+", " ").strip())
                : Optional.empty();
    }
}
