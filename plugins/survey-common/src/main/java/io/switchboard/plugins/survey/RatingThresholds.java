package io.switchboard.plugins.survey;

import io.switchboard.api.config.ConfigProblem;
import io.switchboard.api.config.ConfigValues;
import io.switchboard.api.survey.ScoreRating;
import java.util.ArrayList;
import java.util.List;

/**
 * The admin's "good at" and "neutral at" thresholds of a score that metrics.md gives no rating
 * for (CSAT %, NPS): where they are read, how a score is rated against them, and what a valid
 * pair is.
 *
 * @param goodDefault the "good at" default
 * @param neutralDefault the "neutral at" default
 * @param min the lowest threshold allowed
 * @param max the highest threshold allowed
 * @param rangeText what the thresholds are, for the problem message ("shares from 0 to 100")
 */
public record RatingThresholds(long goodDefault, long neutralDefault, long min, long max, String rangeText) {

    /** The setting holding the "good at" threshold. */
    public static final String GOOD_AT = "goodAt";
    /** The setting holding the "neutral at" threshold. */
    public static final String NEUTRAL_AT = "neutralAt";

    /** GOOD at or above "good at", NEUTRAL at or above "neutral at", else POOR. */
    public ScoreRating rate(double score, ConfigValues settings) {
        return score >= settings.getLong(GOOD_AT, goodDefault) ? ScoreRating.GOOD
                : score >= settings.getLong(NEUTRAL_AT, neutralDefault) ? ScoreRating.NEUTRAL : ScoreRating.POOR;
    }

    /** Both thresholds in range, and "neutral at" not above "good at". */
    public List<ConfigProblem> validate(ConfigValues settings) {
        List<ConfigProblem> problems = new ArrayList<>();
        long good = settings.getLong(GOOD_AT, goodDefault);
        long neutral = settings.getLong(NEUTRAL_AT, neutralDefault);
        if (good < min || good > max || neutral < min || neutral > max) {
            problems.add(new ConfigProblem(GOOD_AT, "Thresholds are " + rangeText));
        } else if (neutral > good) {
            problems.add(new ConfigProblem(NEUTRAL_AT, "Neutral at (" + neutral + ") must not be above good at ("
                    + good + ")"));
        }
        return problems;
    }
}
