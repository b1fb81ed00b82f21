package io.switchboard.host.hours;

import java.time.Duration;
import java.time.Instant;

/** A stretch of real time during which the business is open, {@code start} inclusive, {@code end} exclusive. */
public record OpenSpan(Instant start, Instant end) {

    public Duration length() {
        return Duration.between(start, end);
    }
}
