package io.switchboard.host.plugins;

/** An upload over the size limit; answered 413. */
final class UploadTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UploadTooLargeException(int limit) {
        super("plugin zips are limited to " + limit / 1024 / 1024 + " MiB; nothing was stored");
    }
}
