package io.switchboard.host.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a message as the H2 word index (table {@code message_words}, migration V9_2) holds
 * them: runs of letters and digits, lower-cased, from the first {@value #MAX_TEXT} characters
 * (as PostgreSQL's index, V9_1), each cut to {@value #MAX_WORD} characters. Query words are split
 * the same way by {@link SearchTerms}, so a message matches when every query word is one of its
 * words, the last one as a prefix: the meaning PostgreSQL's tsquery gives.
 */
public final class MessageWords {

    static final int MAX_TEXT = 100_000;
    static final int MAX_WORD = 64;

    private MessageWords() {
    }

    /** The distinct indexed words of a message text (empty for null). */
    public static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        String lower = text.substring(0, Math.min(text.length(), MAX_TEXT)).toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean wordChar = i < lower.length() && Character.isLetterOrDigit(lower.codePointAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(indexed(lower.substring(start, i)));
                start = -1;
            }
            if (i < lower.length() && Character.isSupplementaryCodePoint(lower.codePointAt(i))) {
                i++;
            }
        }
        return words;
    }

    /** A word as stored: cut to {@value #MAX_WORD} characters. */
    static String indexed(String word) {
        return word.length() <= MAX_WORD ? word : word.substring(0, MAX_WORD);
    }

    /** Whether a message's words hold every query word, the last one as a prefix. */
    static boolean matches(Set<String> messageWords, List<String> queryWords) {
        int last = queryWords.size() - 1;
        for (int i = 0; i < last; i++) {
            if (!messageWords.contains(indexed(queryWords.get(i)))) {
                return false;
            }
        }
        String prefix = indexed(queryWords.get(last));
        return messageWords.stream().anyMatch(w -> w.startsWith(prefix));
    }
}
