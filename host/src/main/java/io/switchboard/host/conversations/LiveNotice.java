package io.switchboard.host.conversations;

import io.switchboard.api.channel.DeliveryStatus;
import java.util.Map;

/** A live event for agents, collected inside a transaction and published after commit. */
public record LiveNotice(String event, Map<String, Object> data) {

    public static LiveNotice messageCreated(long conversationId, long messageId) {
        return new LiveNotice("message.created", Map.of("conversationId", conversationId, "messageId", messageId));
    }

    public static LiveNotice messageStatus(long conversationId, long messageId, DeliveryStatus status) {
        return new LiveNotice("message.status", Map.of("conversationId", conversationId, "messageId", messageId,
                "status", status.name().toLowerCase(java.util.Locale.ROOT)));
    }

    public static LiveNotice conversationUpdated(long conversationId) {
        return new LiveNotice("conversation.updated", Map.of("conversationId", conversationId));
    }
}
