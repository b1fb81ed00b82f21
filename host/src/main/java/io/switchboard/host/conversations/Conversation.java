package io.switchboard.host.conversations;

import io.switchboard.api.channel.Address;
import java.time.Instant;

/** A conversation row: one thread with one contact on one channel instance. */
public record Conversation(long id, long contactId, long channelInstanceId, Address customer,
                           ConversationStatus status, String priority, Long assigneeId, Long teamId, String subject,
                           String threadToken, String preview, Instant createdAt, Instant updatedAt,
                           Instant lastCustomerMessageAt, Instant resolvedAt) {
}
