package io.switchboard.api.survey;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A survey's score over a distribution of answers.
 *
 * @param value the headline figure (CSAT % satisfied, NPS -100..100, CES mean), or
 *     {@code null} when there are no answers
 * @param unit how to show the value: {@code percent}, {@code nps} or {@code mean}
 * @param answers the number of answers it rests on
 * @param rating how the value compares with the thresholds
 * @param details further named figures (such as {@code mean}, {@code promoters},
 *     {@code lowEffortShare}); absent when there are no answers
 * @since 1.0
 */
public record SurveyScore(Double value, String unit, long answers, ScoreRating rating,
                          Map<String, Double> details) {

    /**
     * Validates the components and copies the details.
     *
     * @since 1.0
     */
    public SurveyScore {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(rating, "rating");
        if ((value == null) != (answers == 0)) {
            throw new IllegalArgumentException("a score has a value exactly when it has answers");
        }
        if ((answers == 0) != (rating == ScoreRating.NO_DATA)) {
            throw new IllegalArgumentException("NO_DATA is the rating of exactly the empty score");
        }
        details = Map.copyOf(details == null ? Map.of() : details);
    }

    /**
     * The score of a period without answers.
     *
     * @param unit how the value would be shown
     * @return the empty score
     * @since 1.0
     */
    public static SurveyScore noData(String unit) {
        return new SurveyScore(null, unit, 0, ScoreRating.NO_DATA, Map.of());
    }

    /**
     * The headline value.
     *
     * @return the value, empty when there are no answers
     * @since 1.0
     */
    public OptionalDouble optionalValue() {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
