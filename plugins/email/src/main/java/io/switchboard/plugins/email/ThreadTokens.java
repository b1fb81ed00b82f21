package io.switchboard.plugins.email;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conversation token in a subject line, {@code [SB-XXXXXXXXXX]}: put on every reply so
 * that a customer's answer from a client that drops In-Reply-To and References still finds
 * its conversation.
 */
final class ThreadTokens {

    private static final Pattern TOKEN = Pattern.compile("\\[\\s*(SB-[A-Z0-9]{10})\\s*]", Pattern.CASE_INSENSITIVE);

    private ThreadTokens() {
    }

    /** The token in a subject, upper-cased as the host issues it. */
    static Optional<String> find(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher matcher = TOKEN.matcher(subject);
        return matcher.find() ? Optional.of(matcher.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /** The subject without any token in it. */
    static String strip(String subject) {
        return TOKEN.matcher(subject).replaceAll("").replaceAll("\\s{2,}", " ").strip();
    }

    static String bracketed(String token) {
        return "[" + token + "]";
    }
}
