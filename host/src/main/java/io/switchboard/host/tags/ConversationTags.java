package io.switchboard.host.tags;

import io.switchboard.host.conversations.LiveNotice;
import io.switchboard.host.live.LiveHub;
import io.switchboard.host.problem.Problem;
import io.switchboard.host.store.Transactions;
import io.switchboard.host.users.User;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Agents add and remove tags on conversations. A tag row keeps who added it and when: the tag
 * reports count those rows by {@code added_at}. Tagging does not count as conversation activity
 * (the inbox order stays), and it is not written to the event log, which holds what metrics
 * read (messages, status, assignment).
 */
public final class ConversationTags {

    private final Jdbi jdbi;
    private final Clock clock;
    private final LiveHub live;

    public ConversationTags(Jdbi jdbi, Clock clock, LiveHub live) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.live = live;
    }

    /** Adds a tag (adding one that is already there changes nothing) and returns the conversation's tags. */
    public List<String> add(long conversationId, User agent, String rawTag) {
        String tag = TagSlug.normalized(rawTag);
        List<String> tags = Transactions.inTransactionWithRetry(jdbi, h -> {
            lockConversation(h, conversationId);
            if (!of(h, conversationId).contains(tag)) {
                h.createUpdate("INSERT INTO conversation_tags (conversation_id, tag, added_by, added_at)"
                                + " VALUES (:conversation, :tag, :agent, :now)")
                        .bind("conversation", conversationId).bind("tag", tag).bind("agent", agent.id())
                        .bind("now", clock.instant()).execute();
            }
            return of(h, conversationId);
        });
        announce(conversationId);
        return tags;
    }

    public List<String> remove(long conversationId, String rawTag) {
        String tag = TagSlug.normalized(rawTag);
        List<String> tags = jdbi.inTransaction(h -> {
            lockConversation(h, conversationId);
            h.createUpdate("DELETE FROM conversation_tags WHERE conversation_id = :conversation AND tag = :tag")
                    .bind("conversation", conversationId).bind("tag", tag).execute();
            return of(h, conversationId);
        });
        announce(conversationId);
        return tags;
    }

    public List<String> of(long conversationId) {
        return jdbi.withHandle(h -> {
            lockConversation(h, conversationId);
            return of(h, conversationId);
        });
    }

    private static List<String> of(Handle h, long conversationId) {
        return h.createQuery("SELECT tag FROM conversation_tags WHERE conversation_id = :id ORDER BY tag")
                .bind("id", conversationId).mapTo(String.class).list();
    }

    private static void lockConversation(Handle h, long conversationId) {
        if (h.isInTransaction()) {
            Transactions.lockRow(h, "conversations", conversationId);
        }
        h.createQuery("SELECT id FROM conversations WHERE id = :id").bind("id", conversationId).mapTo(Long.class)
                .findOne().orElseThrow(() -> Problem.notFound("no conversation with id " + conversationId));
    }

    private void announce(long conversationId) {
        LiveNotice notice = LiveNotice.conversationUpdated(conversationId);
        live.publishToAgents(notice.event(), notice.data());
    }
}
