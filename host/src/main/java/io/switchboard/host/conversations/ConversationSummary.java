package io.switchboard.host.conversations;

import java.time.Instant;
import java.util.List;

/**
 * A conversation as the inbox lists it; {@code unreadCount} counts the customer messages after
 * the viewing agent's read position. {@code severity} is 1 (worst) to 4 or null; {@code followUp}
 * is the snooze or reminder, or null.
 */
public record ConversationSummary(long id, String status, String priority, ChannelRef channel, ContactRef contact,
                                  String subject, String preview, Long assigneeId, String assigneeName,
                                  Instant createdAt, Instant updatedAt, Instant lastCustomerMessageAt,
                                  int unreadCount, Integer severity, List<String> tags, FollowUpRef followUp) {

    public ConversationSummary {
        tags = List.copyOf(tags);
    }

    ConversationSummary withTags(List<String> newTags) {
        return new ConversationSummary(id, status, priority, channel, contact, subject, preview, assigneeId,
                assigneeName, createdAt, updatedAt, lastCustomerMessageAt, unreadCount, severity, newTags, followUp);
    }

    /** The channel instance a conversation runs on. */
    public record ChannelRef(long instanceId, String key, String type, String name) {
    }

    /** The contact a conversation is with. */
    public record ContactRef(long id, String name, String address) {
    }

    /**
     * Snoozed until {@code dueAt} while {@code snoozed}; otherwise a reminder that woke at
     * {@code wokeAt} because of {@code wokeBy} ({@code time} or {@code customer}).
     */
    public record FollowUpRef(boolean snoozed, Instant dueAt, String reason, Instant wokeAt, String wokeBy) {
    }
}
