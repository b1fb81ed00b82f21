package io.switchboard.plugins.survey;

import io.switchboard.api.survey.SurveyScale;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads a whole reply as a value on a scale: a bare number in any script, a number word, or a
 * label, in the question's language and in English. Only a reply that is nothing but the
 * answer counts, so "5 items are missing" stays a normal message.
 */
public final class AnswerReader {

    private final SurveyScale scale;
    private final Map<String, Map<String, Integer>> labelsByLanguage;

    /**
     * A reader for a scale.
     *
     * @param scale the scale answers must lie on
     * @param labelsByLanguage labels per language code, value by label text (not yet folded);
     *     the entry under {@code *} applies in every language (admin-configured labels)
     */
    public AnswerReader(SurveyScale scale, Map<String, Map<Integer, String>> labelsByLanguage) {
        this.scale = scale;
        this.labelsByLanguage = new HashMap<>();
        labelsByLanguage.forEach((language, labels) -> {
            Map<String, Integer> folded = new HashMap<>();
            labels.forEach((value, label) -> folded.put(ReplyText.fold(label, language), value));
            this.labelsByLanguage.put(language, folded);
        });
    }

    /**
     * The value of a reply.
     *
     * @param reply the customer's text
     * @param locale the language the question was asked in
     * @return the value, or empty when the reply is not an answer on the scale
     */
    public OptionalInt read(String reply, Locale locale) {
        String language = Languages.of(locale);
        for (String candidate : language.equals("en") ? new String[] {"en"} : new String[] {language, "en"}) {
            Integer value = valueIn(ReplyText.fold(reply, candidate), candidate);
            if (value != null) {
                return scale.contains(value) ? OptionalInt.of(value) : OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    private Integer valueIn(String folded, String language) {
        if (folded.isEmpty()) {
            return null;
        }
        int digits = ReplyText.digits(folded);
        if (digits >= 0) {
            return digits;
        }
        Integer word = NumberWords.of(language).get(folded);
        if (word != null) {
            return word;
        }
        Integer label = labelsByLanguage.getOrDefault(language, Map.of()).get(folded);
        if (label != null) {
            return label;
        }
        Map<String, Integer> configured = labelsByLanguage.get("*");
        return configured == null ? null : configured.get(ReplyText.fold(folded, "*"));
    }
}
