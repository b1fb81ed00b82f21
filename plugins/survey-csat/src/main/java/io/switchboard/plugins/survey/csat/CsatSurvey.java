package io.switchboard.plugins.survey.csat;

import io.switchboard.api.config.ConfigField;
import io.switchboard.api.config.ConfigProblem;
import io.switchboard.api.config.ConfigSchema;
import io.switchboard.api.config.ConfigValues;
import io.switchboard.api.config.FieldType;
import io.switchboard.api.survey.AnswerDistribution;
import io.switchboard.api.survey.ScoreRating;
import io.switchboard.api.survey.SurveyDefinition;
import io.switchboard.api.survey.SurveyScale;
import io.switchboard.api.survey.SurveyScore;
import io.switchboard.api.survey.SurveyType;
import io.switchboard.plugins.survey.AnswerReader;
import io.switchboard.plugins.survey.Languages;
import io.switchboard.plugins.survey.Percent;
import io.switchboard.plugins.survey.RatingThresholds;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.pf4j.Extension;

/**
 * Customer satisfaction: "How satisfied are you with the help you received?", 1 (very
 * unsatisfied) to 5 (very satisfied). The score is the share of answers 4 or 5 in percent,
 * with the mean beside it. Replies may also be one to five stars.
 */
@Extension
public final class CsatSurvey implements SurveyType {

    static final String GOOD_AT = RatingThresholds.GOOD_AT;
    static final String NEUTRAL_AT = RatingThresholds.NEUTRAL_AT;
    private static final RatingThresholds THRESHOLDS = new RatingThresholds(80, 60, 0, 100,
            "shares from 0 to 100");
    private static final SurveyScale SCALE = new SurveyScale(1, 5, CsatTexts.labels("en"));
    private static final SurveyDefinition DEFINITION = new SurveyDefinition("csat", "Customer satisfaction (CSAT)",
            ConfigSchema.of(
                    ConfigField.of(GOOD_AT, "Good at (% satisfied)", FieldType.INTEGER).withDefault("80")
                            .withHelp("A CSAT at or above this share of 4 and 5 answers is rated good"),
                    ConfigField.of(NEUTRAL_AT, "Neutral at (% satisfied)", FieldType.INTEGER).withDefault("60")
                            .withHelp("Below this share the CSAT is rated poor")));
    private static final AnswerReader READER = new AnswerReader(SCALE, Map.of("en", CsatTexts.labels("en"),
            "th", CsatTexts.labels("th"), "cs", CsatTexts.labels("cs"), "sw", CsatTexts.labels("sw")));

    @Override
    public SurveyDefinition definition() {
        return DEFINITION;
    }

    @Override
    public SurveyScale scale(ConfigValues settings) {
        return SCALE;
    }

    @Override
    public SurveyScale scale(ConfigValues settings, Locale locale) {
        return new SurveyScale(1, 5, CsatTexts.labels(Languages.of(locale)));
    }

    @Override
    public String question(ConfigValues settings, Locale locale) {
        return CsatTexts.question(Languages.of(locale));
    }

    @Override
    public OptionalInt parseAnswer(String reply, ConfigValues settings, Locale locale) {
        OptionalInt stars = Stars.count(reply);
        if (stars.isPresent()) {
            return SCALE.contains(stars.getAsInt()) ? stars : OptionalInt.empty();
        }
        return READER.read(reply, locale);
    }

    @Override
    public SurveyScore score(AnswerDistribution answers, ConfigValues settings) {
        long total = answers.total();
        if (total == 0) {
            return SurveyScore.noData("percent");
        }
        long satisfied = answers.countBetween(4, 5);
        double share = Percent.of(satisfied, total);
        ScoreRating rating = THRESHOLDS.rate(share, settings);
        return new SurveyScore(share, "percent", total, rating, Map.of("mean", answers.mean().getAsDouble(),
                "satisfied", (double) satisfied, "dissatisfied", (double) answers.countBetween(1, 2)));
    }

    @Override
    public boolean isLowScore(int value, ConfigValues settings) {
        return value <= 2;
    }

    @Override
    public List<ConfigProblem> validate(ConfigValues settings) {
        return THRESHOLDS.validate(settings);
    }
}
