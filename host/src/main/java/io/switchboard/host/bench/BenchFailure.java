package io.switchboard.host.bench;

/** The run is invalid (a wrong answer, a missing row): the benchmark stops without figures. */
final class BenchFailure extends RuntimeException {

    BenchFailure(String message) {
        super(message);
    }

    BenchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
