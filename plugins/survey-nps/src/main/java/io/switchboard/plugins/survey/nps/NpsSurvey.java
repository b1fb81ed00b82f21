package io.switchboard.plugins.survey.nps;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.pf4j.Extension;

/**
 * Net Promoter Score: "How likely are you to recommend us to a friend or colleague?", 0 to 10.
 * Promoters answer 9–10, passives 7–8, detractors 0–6; the score is % promoters minus
 * % detractors rounded to a whole number (halves away from zero), from -100 to +100.
 */
@Extension
public final class NpsSurvey implements SurveyType {

    static final String GOOD_AT = RatingThresholds.GOOD_AT;
    static final String NEUTRAL_AT = RatingThresholds.NEUTRAL_AT;
    private static final RatingThresholds THRESHOLDS = new RatingThresholds(30, 0, -100, 100,
            "NPS values from -100 to 100");
    private static final SurveyScale SCALE = new SurveyScale(0, 10, Map.of(0, "Not at all likely",
            10, "Extremely likely"));
    private static final SurveyDefinition DEFINITION = new SurveyDefinition("nps", "Net Promoter Score (NPS)",
            ConfigSchema.of(
                    ConfigField.of(GOOD_AT, "Good at (NPS)", FieldType.INTEGER).withDefault("30")
                            .withHelp("An NPS at or above this value is rated good"),
                    ConfigField.of(NEUTRAL_AT, "Neutral at (NPS)", FieldType.INTEGER).withDefault("0")
                            .withHelp("Below this value the NPS is rated poor")));
    private static final AnswerReader READER = new AnswerReader(SCALE, Map.of());

    @Override
    public SurveyDefinition definition() {
        return DEFINITION;
    }

    @Override
    public SurveyScale scale(ConfigValues settings) {
        return SCALE;
    }

    @Override
    public String question(ConfigValues settings, Locale locale) {
        return NpsTexts.question(Languages.of(locale));
    }

    @Override
    public OptionalInt parseAnswer(String reply, ConfigValues settings, Locale locale) {
        return READER.read(reply, locale);
    }

    @Override
    public SurveyScore score(AnswerDistribution answers, ConfigValues settings) {
        long total = answers.total();
        if (total == 0) {
            return SurveyScore.noData("nps");
        }
        long promoters = answers.countBetween(9, 10);
        long detractors = answers.countBetween(0, 6);
        long nps = BigDecimal.valueOf(100L * (promoters - detractors))
                .divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP).longValueExact();
        ScoreRating rating = THRESHOLDS.rate(nps, settings);
        return new SurveyScore((double) nps, "nps", total, rating, Map.of(
                "promoters", Percent.of(promoters, total),
                "passives", Percent.of(answers.countBetween(7, 8), total),
                "detractors", Percent.of(detractors, total)));
    }

    @Override
    public boolean isLowScore(int value, ConfigValues settings) {
        return value <= 6;
    }

    @Override
    public List<ConfigProblem> validate(ConfigValues settings) {
        return THRESHOLDS.validate(settings);
    }
}
