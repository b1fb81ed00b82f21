package io.switchboard.host.followups;

import java.time.Instant;

/**
 * A follow-up reminder on a conversation: snoozed until {@code dueAt} while {@code wokeAt} is
 * null; afterwards a reminder woken by {@code time} or by the {@code customer} writing first.
 */
public record FollowUp(long conversationId, Instant dueAt, String reason, Long createdBy, Instant createdAt,
                       Instant wokeAt, String wokeBy) {

    public boolean snoozed() {
        return wokeAt == null;
    }
}
