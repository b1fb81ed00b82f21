package io.switchboard.api.conversation;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a conversation's event log.
 *
 * @param sequence position in the desk-wide log; increases with every event
 * @param conversationId the conversation
 * @param type what happened
 * @param at when it happened
 * @param channelType the conversation's channel type id, such as {@code whatsapp}
 * @param agentId the agent who acted (or the assignee), or {@code null}
 * @param teamId the conversation's team at that moment, or {@code null}
 * @param messageId the message concerned, or {@code null}
 * @param attributes type-specific details (see {@link ConversationEventType})
 * @since 1.0
 */
public record ConversationEvent(long sequence, String conversationId, ConversationEventType type, Instant at,
                                String channelType, String agentId, String teamId, String messageId,
                                Map<String, String> attributes) {

    /**
     * Validates the components and copies the map.
     *
     * @since 1.0
     */
    public ConversationEvent {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(channelType, "channelType");
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
    }

    /**
     * One attribute.
     *
     * @param name the attribute name
     * @return the value, if present
     * @since 1.0
     */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }
}
