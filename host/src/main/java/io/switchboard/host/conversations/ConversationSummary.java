package io.switchboard.host.conversations;

import java.time.Instant;

/** A conversation as the inbox lists it. */
public record ConversationSummary(long id, String status, String priority, ChannelRef channel, ContactRef contact,
                                  String subject, String preview, Long assigneeId, String assigneeName,
                                  Instant createdAt, Instant updatedAt, Instant lastCustomerMessageAt) {

    /** The channel instance a conversation runs on. */
    public record ChannelRef(long instanceId, String key, String type, String name) {
    }

    /** The contact a conversation is with. */
    public record ContactRef(long id, String name, String address) {
    }
}
