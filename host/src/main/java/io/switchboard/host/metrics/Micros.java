package io.switchboard.host.metrics;

import java.time.Instant;

/** Epoch microseconds: how observation times are stored (the event log's precision in one BIGINT). */
public final class Micros {

    public static final long PER_SECOND = 1_000_000L;

    private Micros() {
    }

    public static long of(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), PER_SECOND), at.getNano() / 1000);
    }

    public static long of(long epochSecond) {
        return Math.multiplyExact(epochSecond, PER_SECOND);
    }

    public static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, PER_SECOND), Math.floorMod(micros, PER_SECOND) * 1000);
    }
}
