package io.switchboard.api.survey;

/**
 * How a score compares with the survey's thresholds.
 *
 * @since 1.0
 */
public enum ScoreRating {
    /** At or above the good threshold. @since 1.0 */
    GOOD,
    /** Between the neutral and the good threshold. @since 1.0 */
    NEUTRAL,
    /** Below the neutral threshold. @since 1.0 */
    POOR,
    /** No answers in the period: shown as "no data", never as 0. @since 1.0 */
    NO_DATA
}
