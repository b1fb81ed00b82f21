package io.switchboard.host.search;

import io.switchboard.host.problem.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A search query split into words (runs of letters and digits, lower-cased): every word must
 * appear in a message as a whole word, the last one as a prefix: on PostgreSQL through its
 * index, on H2 through the word index of {@link MessageWords}.
 */
record SearchTerms(String text, List<String> words) {

    static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 8;

    static SearchTerms parse(String q) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_LENGTH) {
            throw Problem.badRequest("q must be at most " + MAX_LENGTH + " characters, was " + text.length());
        }
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).distinct().limit(MAX_WORDS).toList();
        if (words.isEmpty()) {
            throw Problem.badRequest("q needs at least one word (letters or digits)");
        }
        return new SearchTerms(text, words);
    }

    /**
     * The PostgreSQL tsquery, all words required: whole words, but the last one as a prefix (the
     * word being typed). Whole words are exact in the GIN index; a prefix of a common word
     * makes PostgreSQL recheck every candidate row, which is what made several-word queries slow.
     */
    String tsQuery() {
        List<String> parts = new java.util.ArrayList<>(words);
        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ":*");
        return String.join(" & ", parts);
    }
}
