package io.switchboard.plugins.messenger;

import com.google.gson.JsonObject;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.plugins.meta.GraphClient;
import io.switchboard.plugins.meta.GraphFailures;
import io.switchboard.plugins.meta.GraphMessages;
import io.switchboard.plugins.meta.MetaJson;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Sends agent replies with the Send API, {@code POST /{version}/me/messages}. Inside the 24-hour
 * window a reply is a {@code RESPONSE}; after it, the reply of a human agent goes out as a
 * {@code MESSAGE_TAG} with tag {@code HUMAN_AGENT}, which Messenger accepts up to 7 days after
 * the customer's last message (the host refuses replies later than that).
 */
final class MessengerSender {

    /** Messenger's transient code besides the Graph-wide ones: 1200 temporary send failure. */
    static final Set<Integer> TRANSIENT = Set.of(1200);

    private final GraphMessages messages;
    private final SentLog sent;
    private final Clock clock;

    MessengerSender(GraphClient graph, SentLog sent, Clock clock) {
        this.messages = new GraphMessages(graph, new GraphFailures(TRANSIENT));
        this.sent = sent;
        this.clock = clock;
    }

    DeliveryResult deliver(OutboundMessage message) throws InterruptedException {
        if (message.template() != null) {
            return DeliveryResult.failed("", "Messenger has no template messages; send a text reply instead");
        }
        if (!message.attachments().isEmpty()) {
            return DeliveryResult.failed("", "sending files on Messenger is not supported by this channel");
        }
        Instant now = clock.instant();
        DeliveryResult result = messages.send("me/messages", body(message, now),
                answer -> MetaJson.string(answer, "message_id"));
        if (result instanceof DeliveryResult.Sent ok) {
            sent.record(message.recipient().value(), ok.externalId(), now);
        }
        return result;
    }

    private static JsonObject body(OutboundMessage message, Instant now) {
        JsonObject recipient = new JsonObject();
        recipient.addProperty("id", message.recipient().value());
        JsonObject text = new JsonObject();
        text.addProperty("text", message.text());
        JsonObject body = new JsonObject();
        body.add("recipient", recipient);
        if (insideStandardWindow(message, now)) {
            body.addProperty("messaging_type", "RESPONSE");
        } else {
            body.addProperty("messaging_type", "MESSAGE_TAG");
            body.addProperty("tag", "HUMAN_AGENT");
        }
        body.add("message", text);
        return body;
    }

    private static boolean insideStandardWindow(OutboundMessage message, Instant now) {
        Instant last = message.customerLastMessageAt();
        return last != null && now.isBefore(last.plus(MessengerConnector.WINDOW));
    }
}
