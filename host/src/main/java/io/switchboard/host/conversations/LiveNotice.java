package io.switchboard.host.conversations;

import java.util.Map;

/** A live event for agents, collected inside a transaction and published after commit. */
public record LiveNotice(String event, Map<String, Object> data) {

    public static LiveNotice messageCreated(long conversationId, long messageId) {
        return new LiveNotice("message.created", Map.of("conversationId", conversationId, "messageId", messageId));
    }

    public static LiveNotice messageStatus(long conversationId, long messageId, String status) {
        return new LiveNotice("message.status", Map.of("conversationId", conversationId, "messageId", messageId,
                "status", status));
    }

    public static LiveNotice conversationUpdated(long conversationId) {
        return new LiveNotice("conversation.updated", Map.of("conversationId", conversationId));
    }
}
