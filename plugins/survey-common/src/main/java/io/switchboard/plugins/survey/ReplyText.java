package io.switchboard.plugins.survey;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings a reply and the words it is compared with to one form: trimmed, lower case, inner
 * white space collapsed, surrounding punctuation dropped ("5!", "(5)", "Very easy." all count),
 * and for Latin-script languages without accents, so "pet" matches Czech "pět".
 */
public final class ReplyText {

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile(
            "^[\\p{Zs}(\\[{\"'«“„¡¿*#]+|[\\p{Punct}\\p{Zs}»”]+$"); // a leading minus stays: "-1" is no answer
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private ReplyText() {
    }

    /**
     * The comparable form of a text.
     *
     * @param text a reply or a word
     * @param language the language code ({@code th} keeps its vowel and tone marks)
     * @return the folded text, empty for blank input
     */
    public static String fold(String text, String language) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
        folded = SPACES.matcher(folded).replaceAll(" ");
        folded = EDGE_PUNCTUATION.matcher(folded).replaceAll("");
        if (!"th".equals(language)) {
            folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        }
        return folded;
    }

    /**
     * The number a folded reply consists of, in any script's digits (Thai ๕ is 5).
     *
     * @param folded a folded reply
     * @return the number, or -1 when the reply is not one to three digits
     */
    public static int digits(String folded) {
        if (folded.isEmpty() || folded.length() > 3) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < folded.length(); i++) {
            int digit = Character.digit(folded.charAt(i), 10);
            if (digit < 0) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
