package io.switchboard.plugins.webchat;

import com.google.gson.JsonObject;
import io.switchboard.api.channel.ChannelHistory;
import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.InboundMessage;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The conversation as the visitor sees it: sending a message, reading the history after a
 * reload, and the live stream of agent replies.
 */
final class MessageEndpoints {

    private static final Pattern CLIENT_MESSAGE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private final Clock clock;
    private final ChannelHistory history;

    MessageEndpoints(Clock clock, ChannelHistory history) {
        this.clock = clock;
        this.history = history;
    }

    /**
     * {@code POST /messages} with {@code {"text","clientMessageId"}}: 202 {@code {"externalId"}}
     * and one inbound message. The external id is derived from the client's id, so a retried
     * POST (the widget resends after a network error) is stored once by the host.
     *
     * @param request the request
     * @param visitor the sender
     * @return the message and the answer
     */
    WebhookResult post(WebhookRequest request, Visitor visitor) {
        JsonObject body = JsonBodies.object(request, false);
        String text = JsonBodies.optionalString(body, "text");
        if (text == null || text.isBlank()) {
            throw RequestProblem.badRequest("'text' must not be empty");
        }
        text = text.strip();
        if (text.length() > WebChatConnector.MAX_TEXT_LENGTH) {
            throw RequestProblem.badRequest("'text' must be at most " + WebChatConnector.MAX_TEXT_LENGTH
                    + " characters");
        }
        String clientMessageId = JsonBodies.optionalString(body, "clientMessageId");
        if (clientMessageId == null || !CLIENT_MESSAGE_ID.matcher(clientMessageId).matches()) {
            throw RequestProblem.badRequest("'clientMessageId' must be 1 to 64 characters of A-Z, a-z, 0-9, _ or -");
        }
        String externalId = visitor.id() + ":" + clientMessageId;
        InboundMessage message = InboundMessage.text(externalId, visitor.address(), null, clock.instant(), text);
        return WebhookResult.accept(List.of(message), JsonAnswers.uncached(202, WebChatJson.accepted(externalId)));
    }

    /**
     * {@code GET /messages?limit=50}: 200 {@code {"messages":[...]}}, oldest first.
     *
     * @param request the request
     * @param visitor the visitor
     * @return the history
     */
    WebhookResult list(WebhookRequest request, Visitor visitor) {
        int limit = limit(request);
        return WebhookResult.respond(
                JsonAnswers.uncached(200, WebChatJson.history(history.recent(visitor.address(), limit))));
    }

    /**
     * {@code GET /stream}: a Server-Sent Events stream of the visitor's live topic.
     *
     * @param request the request
     * @param visitor the visitor
     * @return the stream
     */
    WebhookResult stream(WebhookRequest request, Visitor visitor) {
        return WebhookResult.respond(WebhookResponse.stream(visitor.topic()));
    }

    private static int limit(WebhookRequest request) {
        String value = request.queryParam("limit").orElse(null);
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // Falls through to the same answer as an out-of-range number.
        }
        throw RequestProblem.badRequest("'limit' must be a whole number from 1 to " + MAX_LIMIT);
    }
}
