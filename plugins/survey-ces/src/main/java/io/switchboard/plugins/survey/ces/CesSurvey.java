package io.switchboard.plugins.survey.ces;

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
import io.switchboard.plugins.survey.ScaleLabels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.pf4j.Extension;

/**
 * Customer effort: "How easy was it to get your issue resolved?", 1 (very difficult) to 5 (very
 * easy), or to 7 when configured; higher is easier. The score is the mean; beside it the share
 * of low-effort answers (the top two values) and of the hardest answer (1). A mean is good at 4
 * or more (5-point) or 6 or more (7-point); the neutral midpoint is 3 or 4.
 */
@Extension
public final class CesSurvey implements SurveyType {

    static final String SCALE_KEY = "scale";
    static final String LABELS_KEY = "labels";
    private static final SurveyDefinition DEFINITION = new SurveyDefinition("ces", "Customer effort (CES)",
            ConfigSchema.of(
                    ConfigField.choice(SCALE_KEY, "Scale (points)", "5", "7").withDefault("5")
                            .withHelp("1 (very difficult) to 5, or to 7"),
                    ConfigField.text(LABELS_KEY, "Labels")
                            .withHelp("Optional, from the hardest to the easiest answer, values rising:"
                                    + " 1=Very difficult|3=Neutral|5=Very easy")));

    @Override
    public SurveyDefinition definition() {
        return DEFINITION;
    }

    @Override
    public SurveyScale scale(ConfigValues settings) {
        int max = points(settings);
        Map<Integer, String> labels = configuredLabels(settings, max);
        return new SurveyScale(1, max, labels.isEmpty() ? CesTexts.labels("en", max) : labels);
    }

    @Override
    public SurveyScale scale(ConfigValues settings, Locale locale) {
        int max = points(settings);
        Map<Integer, String> labels = configuredLabels(settings, max);
        return new SurveyScale(1, max, labels.isEmpty() ? CesTexts.labels(Languages.of(locale), max) : labels);
    }

    @Override
    public String question(ConfigValues settings, Locale locale) {
        return CesTexts.question(Languages.of(locale), points(settings));
    }

    @Override
    public OptionalInt parseAnswer(String reply, ConfigValues settings, Locale locale) {
        int max = points(settings);
        Map<String, Map<Integer, String>> labels = new HashMap<>();
        for (String language : Languages.SHIPPED) {
            labels.put(language, CesTexts.labels(language, max));
        }
        Map<Integer, String> configured = configuredLabels(settings, max);
        if (!configured.isEmpty()) {
            labels.put("*", configured);
        }
        return new AnswerReader(new SurveyScale(1, max, Map.of()), labels).read(reply, locale);
    }

    @Override
    public SurveyScore score(AnswerDistribution answers, ConfigValues settings) {
        long total = answers.total();
        if (total == 0) {
            return SurveyScore.noData("mean");
        }
        int max = points(settings);
        double mean = answers.mean().getAsDouble();
        double good = max == 7 ? 6 : 4;
        double midpoint = max == 7 ? 4 : 3;
        ScoreRating rating = mean >= good ? ScoreRating.GOOD
                : mean >= midpoint ? ScoreRating.NEUTRAL : ScoreRating.POOR;
        return new SurveyScore(mean, "mean", total, rating, Map.of(
                "lowEffortShare", Percent.of(answers.countBetween(max - 1, max), total),
                "hardestShare", Percent.of(answers.countBetween(1, 1), total),
                "good", mean >= good ? 1.0 : 0.0,
                "aboveNeutral", mean > midpoint ? 1.0 : 0.0,
                "goodThreshold", good,
                "midpoint", midpoint,
                "points", (double) max));
    }

    @Override
    public boolean isLowScore(int value, ConfigValues settings) {
        return value <= 2;
    }

    @Override
    public List<ConfigProblem> validate(ConfigValues settings) {
        List<ConfigProblem> problems = new ArrayList<>();
        String scale = settings.get(SCALE_KEY).orElse("5");
        if (!scale.equals("5") && !scale.equals("7")) {
            problems.add(new ConfigProblem(SCALE_KEY, "Scale must be 5 or 7 points, not " + scale));
            return problems;
        }
        ScaleLabels.parse(settings.get(LABELS_KEY).orElse(""), 1, points(settings), LABELS_KEY, problems);
        return problems;
    }

    private static int points(ConfigValues settings) {
        return "7".equals(settings.get(SCALE_KEY).orElse("5")) ? 7 : 5;
    }

    private static Map<Integer, String> configuredLabels(ConfigValues settings, int max) {
        return ScaleLabels.parse(settings.get(LABELS_KEY).orElse(""), 1, max, LABELS_KEY, new ArrayList<>());
    }
}
