package io.switchboard.host.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: 2 s, 4 s, 8 s ... capped at 10 minutes, each ±20 %, and
 * never sooner than the provider asked (Retry-After).
 */
final class Backoff {

    static final Duration CAP = Duration.ofMinutes(10);

    private Backoff() {
    }

    static Duration after(int attempts, Duration providerRequested) {
        long base = Math.min(CAP.toMillis(), 1000L << Math.min(Math.max(attempts, 1), 20));
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        Duration delay = Duration.ofMillis((long) (base * jitter));
        return providerRequested != null && providerRequested.compareTo(delay) > 0 ? providerRequested : delay;
    }
}
