package io.switchboard.host.triage;

import io.switchboard.host.conversations.LiveNotice;
import io.switchboard.host.conversations.Priority;
import io.switchboard.host.live.LiveHub;
import io.switchboard.host.problem.Problem;
import io.switchboard.host.store.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Sets a conversation's priority and severity (1 = worst .. 4, or none). Neither counts as
 * activity: the conversation keeps its place in the default inbox order.
 */
public final class Triage {

    private final Jdbi jdbi;
    private final LiveHub live;

    public Triage(Jdbi jdbi, LiveHub live) {
        this.jdbi = jdbi;
        this.live = live;
    }

    public void setPriority(long conversationId, Priority priority) {
        update(conversationId, h -> h.createUpdate("UPDATE conversations SET priority = :p WHERE id = :id")
                .bind("p", priority.id()).bind("id", conversationId).execute());
    }

    public void setSeverity(long conversationId, Integer severity) {
        if (severity != null && (severity < 1 || severity > 4)) {
            throw Problem.badRequest("severity must be 1 (worst) to 4, or null for none; was " + severity);
        }
        update(conversationId, h -> h.createUpdate("UPDATE conversations SET severity = :s WHERE id = :id")
                .bind("s", severity).bind("id", conversationId).execute());
    }

    private void update(long conversationId, java.util.function.ToIntFunction<Handle> statement) {
        int rows = jdbi.inTransaction(h -> {
            Transactions.lockRow(h, "conversations", conversationId);
            return statement.applyAsInt(h);
        });
        if (rows == 0) {
            throw Problem.notFound("no conversation with id " + conversationId);
        }
        LiveNotice notice = LiveNotice.conversationUpdated(conversationId);
        live.publishToAgents(notice.event(), notice.data());
    }
}
