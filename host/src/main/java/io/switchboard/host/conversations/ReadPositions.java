package io.switchboard.host.conversations;

import io.switchboard.host.problem.Problem;
import io.switchboard.host.store.Transactions;
import io.switchboard.host.users.User;
import java.time.Clock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Per agent, how far each conversation has been read. Positions only move forward, so a late
 * request from another tab never marks newer messages unread again.
 */
public final class ReadPositions {

    private final Jdbi jdbi;
    private final Clock clock;

    public ReadPositions(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Where an agent stands in a conversation after reading it. */
    public record ReadPosition(long conversationId, long lastReadMessageId, int unreadCount) {
    }

    /** Marks the conversation read up to {@code messageId}, or up to its latest message when null. */
    public ReadPosition markRead(long conversationId, User agent, Long messageId) {
        return Transactions.inTransactionWithRetry(jdbi, h -> {
            if (h.createQuery("SELECT COUNT(*) FROM conversations WHERE id = :id").bind("id", conversationId)
                    .mapTo(Long.class).one() == 0) {
                throw Problem.notFound("no conversation with id " + conversationId);
            }
            long upTo = messageId == null ? latestMessage(h, conversationId) : requireMessage(h, conversationId,
                    messageId);
            int updated = h.createUpdate("UPDATE conversation_reads SET last_read_message_id ="
                            + " GREATEST(last_read_message_id, :upTo), read_at = :now"
                            + " WHERE user_id = :user AND conversation_id = :conversation")
                    .bind("upTo", upTo).bind("now", clock.instant()).bind("user", agent.id())
                    .bind("conversation", conversationId).execute();
            if (updated == 0) {
                // A concurrent first read loses on the primary key and is retried as an update.
                h.createUpdate("INSERT INTO conversation_reads (user_id, conversation_id, last_read_message_id,"
                                + " read_at) VALUES (:user, :conversation, :upTo, :now)")
                        .bind("upTo", upTo).bind("now", clock.instant()).bind("user", agent.id())
                        .bind("conversation", conversationId).execute();
            }
            return position(h, conversationId, agent);
        });
    }

    private static ReadPosition position(Handle h, long conversationId, User agent) {
        long last = h.createQuery("SELECT last_read_message_id FROM conversation_reads WHERE user_id = :user"
                        + " AND conversation_id = :conversation")
                .bind("user", agent.id()).bind("conversation", conversationId).mapTo(Long.class).one();
        int unread = h.createQuery("SELECT COUNT(*) FROM messages WHERE conversation_id = :conversation"
                        + " AND direction = 'inbound' AND id > :last")
                .bind("conversation", conversationId).bind("last", last).mapTo(Integer.class).one();
        return new ReadPosition(conversationId, last, unread);
    }

    private static long latestMessage(Handle h, long conversationId) {
        return h.createQuery("SELECT COALESCE(MAX(id), 0) FROM messages WHERE conversation_id = :conversation")
                .bind("conversation", conversationId).mapTo(Long.class).one();
    }

    private static long requireMessage(Handle h, long conversationId, long messageId) {
        boolean inConversation = h.createQuery("SELECT COUNT(*) FROM messages WHERE id = :id"
                        + " AND conversation_id = :conversation")
                .bind("id", messageId).bind("conversation", conversationId).mapTo(Long.class).one() > 0;
        if (!inConversation) {
            throw Problem.badRequest("message " + messageId + " is not part of conversation " + conversationId);
        }
        return messageId;
    }
}
