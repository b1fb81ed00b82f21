package io.switchboard.host.conversations;

import java.time.Instant;

/**
 * A conversation as the inbox lists it; {@code unreadCount} counts the customer messages after
 * the viewing agent's read position.
 */
public record ConversationSummary(long id, String status, String priority, ChannelRef channel, ContactRef contact,
                                  String subject, String preview, Long assigneeId, String assigneeName,
                                  Instant createdAt, Instant updatedAt, Instant lastCustomerMessageAt,
                                  int unreadCount) {

    /** The channel instance a conversation runs on. */
    public record ChannelRef(long instanceId, String key, String type, String name) {
    }

    /** The contact a conversation is with. */
    public record ContactRef(long id, String name, String address) {
    }
}
