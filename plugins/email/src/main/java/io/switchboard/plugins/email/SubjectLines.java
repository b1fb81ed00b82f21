package io.switchboard.plugins.email;

import java.util.regex.Pattern;

/** Subject lines of replies: one "Re: ", the conversation's subject, the conversation token. */
final class SubjectLines {

    /** Reply and forward prefixes of common clients and languages (Re, Fwd, AW, WG, SV, VS, Odp, RE[2]). */
    private static final Pattern PREFIX = Pattern.compile(
            "^\\s*(re|fw|fwd|aw|wg|sv|vs|odp|tr|rif|antw)(\\[\\d+])?\\s*:\\s*", Pattern.CASE_INSENSITIVE);

    static final String NO_SUBJECT = "(no subject)";

    private SubjectLines() {
    }

    /**
     * The subject of a reply.
     *
     * @param subject the conversation's subject, or {@code null}
     * @param token the conversation token, or {@code null}
     * @return {@code Re: subject [token]}
     */
    static String reply(String subject, String token) {
        String base = subject == null ? "" : ThreadTokens.strip(subject);
        String previous;
        do {
            previous = base;
            base = PREFIX.matcher(base).replaceFirst("");
        } while (!base.equals(previous));
        base = base.isBlank() ? NO_SUBJECT : base.strip();
        return "Re: " + base + (token == null || token.isBlank() ? "" : " " + ThreadTokens.bracketed(token));
    }
}
