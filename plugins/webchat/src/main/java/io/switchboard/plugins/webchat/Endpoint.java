package io.switchboard.plugins.webchat;

import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResult;

/**
 * Serves one method on one path below the instance's webhook URL. May throw
 * {@link RequestProblem} to refuse the request.
 */
@FunctionalInterface
interface Endpoint {

    /**
     * Handles the request.
     *
     * @param request the request
     * @return the events and the answer
     */
    WebhookResult handle(WebhookRequest request);
}
