package io.switchboard.host.surveys;

import io.switchboard.api.config.ConfigValues;
import io.switchboard.api.survey.SurveyScale;
import io.switchboard.api.survey.SurveyType;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A survey question as asked: the admin's text for the language, else the plugin's, and the
 * scale with labels in that language as quick-reply choices ({@code value} or {@code value<TAB>caption} per line).
 */
record Question(String text, String choices, SurveyScale scale) {

    static Question of(SurveyType type, SurveySettings settings, ConfigValues pluginSettings, String language) {
        Locale locale = Locale.forLanguageTag(language);
        String custom = settings.questions().get(locale.getLanguage());
        String text = custom != null && !custom.isBlank() ? custom : type.question(pluginSettings, locale);
        SurveyScale scale = type.scale(pluginSettings, locale);
        StringJoiner choices = new StringJoiner("\n");
        for (int value = scale.min(); value <= scale.max(); value++) {
            String label = scale.labels().get(value);
            choices.add(label == null ? String.valueOf(value) : value + "\t" + value + " · " + label);
        }
        return new Question(text, choices.toString(), scale);
    }
}
