package io.switchboard.api.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A conversation's events so far, in order.
 *
 * @param conversationId the conversation
 * @param channelType its channel type id
 * @param realtime whether the channel is realtime (chat) rather than asynchronous
 * @param events the events, ordered by sequence
 * @param asOf the moment the timeline is evaluated at (now, or the end of a backfill)
 * @since 1.0
 */
public record ConversationTimeline(String conversationId, String channelType, boolean realtime,
                                   List<ConversationEvent> events, Instant asOf) {

    /**
     * Validates the components and copies the list.
     *
     * @since 1.0
     */
    public ConversationTimeline {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(channelType, "channelType");
        events = List.copyOf(events);
        Objects.requireNonNull(asOf, "asOf");
    }
}
