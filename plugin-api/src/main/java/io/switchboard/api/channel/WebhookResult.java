package io.switchboard.api.channel;

import io.switchboard.api.channel.event.InboundEvent;
import java.util.List;
import java.util.Objects;

/**
 * What a channel instance made of a webhook: the events to store and the answer to send
 * once they are committed. A refused request (bad signature, unparseable body) returns its
 * error response and no events, so nothing is stored.
 *
 * @param events the events, in the order they should be stored
 * @param response the HTTP answer
 * @since 1.0
 */
public record WebhookResult(List<InboundEvent> events, WebhookResponse response) {

    /**
     * Validates the components and copies the list.
     *
     * @since 1.0
     */
    public WebhookResult {
        events = List.copyOf(events);
        Objects.requireNonNull(response, "response");
    }

    /**
     * Store these events, then answer.
     *
     * @param events the events
     * @param response the answer
     * @return the result
     * @since 1.0
     */
    public static WebhookResult accept(List<InboundEvent> events, WebhookResponse response) {
        return new WebhookResult(events, response);
    }

    /**
     * Store nothing; just answer (a handshake, a refusal, a static asset).
     *
     * @param response the answer
     * @return the result
     * @since 1.0
     */
    public static WebhookResult respond(WebhookResponse response) {
        return new WebhookResult(List.of(), response);
    }
}
