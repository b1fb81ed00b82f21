package io.switchboard.plugins.survey;

/** Shares in percent, exact (not rounded), so tests and reports agree to the last digit. */
public final class Percent {

    private Percent() {
    }

    /**
     * A part of a total in percent.
     *
     * @param part the count in the share
     * @param total all answers; must be above zero
     * @return {@code 100 * part / total}
     */
    public static double of(long part, long total) {
        if (total <= 0) {
            throw new IllegalArgumentException("a share of no answers is undefined");
        }
        return 100.0 * part / total;
    }
}
