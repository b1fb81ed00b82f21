package io.switchboard.plugins.webchat;

import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResult;

/**
 * Serves a request on behalf of a visitor whose token has been verified. May throw
 * {@link RequestProblem} to refuse the request.
 */
@FunctionalInterface
interface VisitorEndpoint {

    /**
     * Handles the request.
     *
     * @param request the request
     * @param visitor the authenticated visitor
     * @return the events and the answer
     */
    WebhookResult handle(WebhookRequest request, Visitor visitor);
}
