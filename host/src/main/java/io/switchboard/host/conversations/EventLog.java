package io.switchboard.host.conversations;

import com.google.gson.Gson;
import io.switchboard.api.conversation.ConversationEventType;
import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Appends to the conversation event log, the input of metrics; rows are never updated. */
public final class EventLog {

    private static final Gson GSON = new Gson();

    /** One entry to append; {@code agentId} and {@code messageId} may be null. */
    public record Entry(long conversationId, ConversationEventType type, Instant at, String channelType, Long agentId,
                        Long teamId, Long messageId, Map<String, String> attributes) {
    }

    public void append(Handle h, Entry e) {
        h.createUpdate("INSERT INTO conversation_events (conversation_id, type, at, channel_type, agent_id, team_id,"
                        + " message_id, attributes_json) VALUES (:conversation, :type, :at, :channel, :agent, :team,"
                        + " :message, :attributes)")
                .bind("conversation", e.conversationId()).bind("type", e.type().name()).bind("at", e.at())
                .bind("channel", e.channelType()).bind("agent", e.agentId()).bind("team", e.teamId())
                .bind("message", e.messageId())
                .bind("attributes", e.attributes() == null || e.attributes().isEmpty() ? null
                        : GSON.toJson(e.attributes()))
                .execute();
    }
}
