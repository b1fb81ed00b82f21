package io.switchboard.host.bench;

/**
 * What one timed run measured.
 *
 * @param latencies every operation's latency in nanoseconds
 * @param wallNanos from releasing the threads until the last one finished
 * @param cpu CPU use over the run
 */
record RunResult(long[] latencies, long wallNanos, CpuMeter.Usage cpu) {

    int count() {
        return latencies.length;
    }

    double perSecond() {
        return latencies.length / (wallNanos / 1e9);
    }

    double seconds() {
        return wallNanos / 1e9;
    }

    Percentiles percentiles() {
        return new Percentiles(latencies);
    }
}
