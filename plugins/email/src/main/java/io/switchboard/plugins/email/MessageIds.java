package io.switchboard.plugins.email;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message-IDs as the desk stores them: exactly one {@code <left@right>} with its angle
 * brackets, as the id appears in a Message-ID header. Inbound Message-ID, In-Reply-To and
 * References values and the ids this plugin puts on outgoing mail all use this form, so the
 * host can match a reply's references against stored external ids by plain equality.
 */
final class MessageIds {

    /** The most references taken from one message; real threads rarely exceed a few dozen. */
    static final int MAX_REFERENCES = 50;

    /**
     * The longest id kept as it is. Longer ones (seen in spam and broken generators) are
     * replaced by a hash of themselves, the same wherever they appear, so they still match and
     * still fit the desk's external id column.
     */
    static final int MAX_LENGTH = 250;

    private static final Pattern BRACKETED = Pattern.compile("<\\s*([^<>\\s]+@[^<>\\s]+?)\\s*>");
    private static final Pattern BARE = Pattern.compile("[^<>\\s\"(),;]+@[^<>\\s\"(),;]+");

    private MessageIds() {
    }

    /**
     * The first id in a header value, normalised; tolerates ids sent without brackets.
     *
     * @param headerValue the raw header value, or {@code null}
     * @return the id, if the value holds one
     */
    static Optional<String> first(String headerValue) {
        List<String> ids = all(headerValue);
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    /**
     * Every id in a header value such as References, in order, without duplicates.
     *
     * @param headerValue the raw header value, or {@code null}
     * @return the ids
     */
    static List<String> all(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        Matcher bracketed = BRACKETED.matcher(headerValue);
        while (bracketed.find()) {
            ids.add(fitted("<" + bracketed.group(1) + ">"));
        }
        if (ids.isEmpty()) {
            Matcher bare = BARE.matcher(headerValue);
            while (bare.find()) {
                ids.add(fitted("<" + bare.group() + ">"));
            }
        }
        return List.copyOf(ids);
    }

    /**
     * The ids a message answers, newest first (the order {@code InboundMessage.inReplyTo}
     * wants): In-Reply-To, then References from last to first.
     *
     * @param inReplyTo the In-Reply-To value, or {@code null}
     * @param references the References value, or {@code null}
     * @return at most {@link #MAX_REFERENCES} ids
     */
    static List<String> answered(String inReplyTo, String references) {
        Set<String> ids = new LinkedHashSet<>(all(inReplyTo));
        List<String> older = new ArrayList<>(all(references));
        java.util.Collections.reverse(older);
        ids.addAll(older);
        return ids.stream().limit(MAX_REFERENCES).toList();
    }

    private static String fitted(String id) {
        if (id.length() <= MAX_LENGTH) {
            return id;
        }
        byte[] hash = SyntheticIds.sha256().digest(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "<long." + java.util.HexFormat.of().formatHex(hash, 0, 16) + SyntheticIds.DOMAIN + ">";
    }

    /** Whether an id is one a mail client could have seen (not a synthetic stand-in). */
    static boolean isReal(String id) {
        return id.startsWith("<") && id.endsWith(">") && !id.endsWith(SyntheticIds.DOMAIN + ">");
    }
}
