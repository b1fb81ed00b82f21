package io.switchboard.plugins.twilio;

import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.api.channel.WebhookResult;

/**
 * A webhook the plugin refuses; thrown from deep inside a handler and turned into an
 * {@code application/problem+json} answer with no events, so nothing is stored.
 */
public final class WebhookProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    private WebhookProblem(int status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    /**
     * A payload that is not what Twilio sends (a parameter missing or malformed).
     *
     * @param detail what exactly was wrong
     * @return the problem
     */
    public static WebhookProblem badRequest(String detail) {
        return new WebhookProblem(400, "Bad request", detail);
    }

    /**
     * A request that did not prove it came from Twilio.
     *
     * @param title a short summary
     * @param detail what exactly was wrong, never a secret
     * @return the problem
     */
    public static WebhookProblem forbidden(String title, String detail) {
        return new WebhookProblem(403, title, detail);
    }

    /**
     * A sub-path or method this channel does not serve.
     *
     * @param detail what was asked for
     * @return the problem
     */
    public static WebhookProblem notFound(String detail) {
        return new WebhookProblem(404, "Not found", detail);
    }

    /**
     * The HTTP status of the answer.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * The answer this problem stands for: no events, so nothing is stored.
     *
     * @return the result
     */
    public WebhookResult result() {
        return WebhookResult.respond(WebhookResponse.problem(status, title, getMessage()));
    }
}
