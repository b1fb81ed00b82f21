package io.switchboard.plugins.meta;

import java.time.Instant;
import java.util.Optional;

/** Meta's timestamps: WhatsApp sends Unix seconds as strings, Messenger Unix milliseconds as numbers. */
public final class UnixTime {

    private UnixTime() {
    }

    /**
     * Unix seconds.
     *
     * @param value the text, such as {@code "1700000000"}
     * @return the instant, or empty when the text is not a number
     */
    public static Optional<Instant> seconds(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Unix milliseconds.
     *
     * @param value the text, such as {@code "1700000000123"}
     * @return the instant, or empty when the text is not a number
     */
    public static Optional<Instant> millis(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
