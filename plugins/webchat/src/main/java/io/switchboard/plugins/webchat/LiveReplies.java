package io.switchboard.plugins.webchat;

import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.LiveTopics;
import io.switchboard.api.channel.OutboundMessage;
import java.time.Clock;

/**
 * Delivers agent replies by pushing them to the visitor's live topic. A visitor who is
 * offline misses the push but loads the reply from the history on their next visit, so a
 * reply counts as sent once it is published.
 */
final class LiveReplies {

    private final LiveTopics live;
    private final Clock clock;

    LiveReplies(LiveTopics live, Clock clock) {
        this.live = live;
        this.clock = clock;
    }

    /**
     * Publishes one reply.
     *
     * @param message the reply
     * @return sent with {@code webchat:<messageId>}, or failed for something web chat cannot carry
     */
    DeliveryResult deliver(OutboundMessage message) {
        if (!message.recipient().kind().id().equals(WebChatConnector.TYPE_ID)) {
            return DeliveryResult.failed("invalid-recipient",
                    "web chat can only reach web chat visitors, not a " + message.recipient().kind().id() + " address");
        }
        if (message.template() != null) {
            return DeliveryResult.failed("unsupported", "web chat does not send template messages");
        }
        if (!message.attachments().isEmpty()) {
            return DeliveryResult.failed("unsupported", "web chat does not send attachments");
        }
        live.publish(Visitor.topicOf(message.recipient().value()), "message",
                WebChatJson.liveMessage(message, clock.instant()));
        return DeliveryResult.sent(WebChatConnector.TYPE_ID + ":" + message.messageId());
    }
}
