package io.switchboard.plugins.meta;

/**
 * A webhook body that is not the JSON shape Meta sends; the request is refused with 400 and
 * nothing of it is stored.
 */
public final class PayloadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A refusal.
     *
     * @param detail what was wrong, shown to whoever sent it
     */
    public PayloadException(String detail) {
        super(detail);
    }
}
