package io.switchboard.host.plugins;

/** An uploaded plugin failed a check; the message says which and why. Answered 422. */
final class UploadRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UploadRefusedException(String message) {
        super(message);
    }
}
