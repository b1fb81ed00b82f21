package io.switchboard.plugins.email;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a customer's quoted history starts, so the UI can fold it: the attribution
 * line mail clients write above a quote ("On ... wrote:", Outlook's "-----Original
 * Message-----" or "From: ... Sent: ..." block, and their German, French, Czech, Spanish
 * and Dutch forms), else a trailing block of {@code >} lines. Interleaved answers (quote,
 * answer, quote) are not folded: the customer's text would disappear with the quote.
 */
final class QuotedHistory {

    private static final List<Pattern> ATTRIBUTIONS = List.of(
            line("on\\b.{1,300}\\bwrote\\s*:"),
            line("am\\b.{1,300}\\bschrieb\\b.{0,200}:"),
            line("le\\b.{1,300}\\ba écrit\\s*:"),
            line("dne\\b.{1,300}\\bnapsal.{0,40}:"),
            line("el\\b.{1,300}\\bescribió\\s*:"),
            line("op\\b.{1,300}\\bschreef.{0,200}:"),
            line("-{2,}\\s*(original message|ursprüngliche nachricht|původní zpráva|message d'origine)\\s*-{2,}"),
            Pattern.compile("^(from|von|od|de):[^\\n]{1,300}\\n(?:[^\\n]{0,300}\\n){0,3}(sent|gesendet|odesláno|envoyé|date|datum):",
                    Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.UNICODE_CASE));

    private QuotedHistory() {
    }

    private static Pattern line(String regex) {
        return Pattern.compile("^[ \\t]*" + regex + "[ \\t]*$",
                Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.UNICODE_CASE);
    }

    /**
     * The offset in {@code text} where quoted history starts.
     *
     * @param text the plain text
     * @return the offset, or -1 when there is none
     */
    static int start(String text) {
        int best = -1;
        String joined = joinWrappedAttribution(text);
        for (Pattern pattern : ATTRIBUTIONS) {
            Matcher matcher = pattern.matcher(joined);
            if (matcher.find() && (best < 0 || matcher.start() < best)) {
                best = matcher.start();
            }
        }
        return best >= 0 ? best : trailingQuoteBlock(text);
    }

    /**
     * Gmail wraps a long attribution over two lines ("On Mon, ... Ada &lt;\nada@x&gt; wrote:"); a
     * newline inside angle brackets is replaced by a space of the same length, so offsets hold.
     */
    private static String joinWrappedAttribution(String text) {
        char[] chars = text.toCharArray();
        int open = -1;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '<') {
                open = i;
            } else if (chars[i] == '>') {
                open = -1;
            } else if (chars[i] == '\n' && open >= 0 && i - open < 100) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** The start of the last run of {@code >} lines when nothing but blank lines follows it. */
    private static int trailingQuoteBlock(String text) {
        int start = -1;
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith(">")) {
                if (start < 0) {
                    start = offset;
                }
            } else if (!trimmed.isEmpty()) {
                start = -1;
            }
            offset += line.length() + 1;
        }
        return start;
    }
}
