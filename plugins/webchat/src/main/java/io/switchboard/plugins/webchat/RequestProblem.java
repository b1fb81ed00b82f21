package io.switchboard.plugins.webchat;

import io.switchboard.api.channel.WebhookResponse;
import java.util.Map;

/**
 * A request the plugin refuses; thrown from deep inside a handler and turned into an
 * {@code application/problem+json} answer with no events, so nothing is stored.
 */
final class RequestProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final Map<String, String> headers;

    private RequestProblem(int status, String title, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.headers = Map.copyOf(headers);
    }

    /**
     * A malformed or invalid request body or parameter.
     *
     * @param detail what exactly was wrong
     * @return the problem
     */
    static RequestProblem badRequest(String detail) {
        return new RequestProblem(400, "Bad request", detail, Map.of());
    }

    /**
     * A missing or invalid visitor token.
     *
     * @param title a short summary
     * @param detail what exactly was wrong
     * @return the problem
     */
    static RequestProblem unauthorized(String title, String detail) {
        return new RequestProblem(401, title, detail, Map.of("WWW-Authenticate", "Bearer realm=\"webchat\""));
    }

    /**
     * The answer this problem stands for.
     *
     * @return the problem+json response
     */
    WebhookResponse.Http response() {
        WebhookResponse.Http response = WebhookResponse.problem(status, title, getMessage());
        for (Map.Entry<String, String> header : headers.entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }
}
