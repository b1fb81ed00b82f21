package io.switchboard.api.survey;

import io.switchboard.api.config.ConfigProblem;
import io.switchboard.api.config.ConfigValues;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.pf4j.ExtensionPoint;

/**
 * The extension point of a survey plugin. Like metrics, survey types are pure: no state, no
 * I/O, callable from any thread.
 *
 * @since 1.0
 */
public interface SurveyType extends ExtensionPoint {

    /**
     * What this survey is.
     *
     * @return the definition
     * @since 1.0
     */
    SurveyDefinition definition();

    /**
     * The answer scale under the given settings (CES may be 5- or 7-point).
     *
     * @param settings the admin's settings for this survey type
     * @return the scale
     * @since 1.0
     */
    SurveyScale scale(ConfigValues settings);

    /**
     * The answer scale with its labels in a language, for buttons and the hosted page. Values
     * and bounds are those of {@link #scale(ConfigValues)}; only the labels may differ. Labels
     * the admin configured are the admin's words and stay as written.
     *
     * @param settings the admin's settings for this survey type
     * @param locale the language the survey is asked in
     * @return the scale; the default returns {@link #scale(ConfigValues)}, unlocalized
     * @since 1.1
     */
    default SurveyScale scale(ConfigValues settings, Locale locale) {
        return scale(settings);
    }

    /**
     * The default question in a language, including how to answer ("Reply with a number
     * from 1 to 5"). The host uses the admin's text instead where one is set.
     *
     * @param settings the settings
     * @param locale the contact's language, or the desk default
     * @return the question; English when the language is not known to the plugin
     * @since 1.0
     */
    String question(ConfigValues settings, Locale locale);

    /**
     * Reads a customer's reply as an answer: a bare number ("5", " 5 ", "5!"), number words
     * and labels in the plugin's languages, stars where the plugin accepts them.
     *
     * @param reply the reply text
     * @param settings the settings
     * @param locale the language the question was asked in
     * @return the value on the scale, or empty when the reply is not an answer (it then
     *     stays an ordinary customer message)
     * @since 1.0
     */
    OptionalInt parseAnswer(String reply, ConfigValues settings, Locale locale);

    /**
     * The score over a distribution of answers.
     *
     * @param answers the distribution
     * @param settings the settings
     * @return the score; {@link SurveyScore#noData(String)} for an empty distribution
     * @since 1.0
     */
    SurveyScore score(AnswerDistribution answers, ConfigValues settings);

    /**
     * Whether an answer is low enough to reopen the conversation or flag it for follow-up.
     *
     * @param value the answer
     * @param settings the settings
     * @return true for a low answer
     * @since 1.0
     */
    boolean isLowScore(int value, ConfigValues settings);

    /**
     * Checks settings beyond what the {@link SurveyDefinition#settings() schema} can express,
     * such as CES labels that must rise with the value. The host refuses to store settings
     * with problems and shows the messages to the admin.
     *
     * @param settings the settings, defaults filled in
     * @return the problems found, empty when the settings are usable
     * @since 1.1
     */
    default List<ConfigProblem> validate(ConfigValues settings) {
        return List.of();
    }
}
