package io.switchboard.host.followups;

import io.switchboard.host.conversations.Conversation;
import io.switchboard.host.conversations.CustomerMessageHook;
import io.switchboard.host.conversations.LiveNotice;
import io.switchboard.host.live.LiveHub;
import io.switchboard.host.problem.Problem;
import io.switchboard.host.store.Rows;
import io.switchboard.host.store.Transactions;
import io.switchboard.host.users.User;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Snoozing conversations until a time, and waking them: when the time comes ({@link #wakeDue},
 * called by the scheduler) or when the customer writes first ({@link #onCustomerMessage}, in
 * the ingest transaction). Waking keeps the row as the visible reminder until it is dismissed.
 */
public final class FollowUps implements CustomerMessageHook {

    static final int MAX_REASON = 500;
    static final String DUE_EVENT = "followup.due";

    private static final RowMapper<FollowUp> MAPPER = (rs, ctx) -> new FollowUp(rs.getLong("conversation_id"),
            Rows.instant(rs, "due_at"), rs.getString("reason"), Rows.nullableLong(rs, "created_by"),
            Rows.instant(rs, "created_at"), Rows.instant(rs, "woke_at"), rs.getString("woke_by"));

    private final Jdbi jdbi;
    private final Clock clock;
    private final LiveHub live;

    public FollowUps(Jdbi jdbi, Clock clock, LiveHub live) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.live = live;
    }

    /** Snoozes until a future time, replacing any earlier snooze or reminder of the conversation. */
    public FollowUp snooze(long conversationId, User agent, Instant until, String reason) {
        Instant now = clock.instant();
        if (until == null || !until.isAfter(now)) {
            throw Problem.badRequest("until must be a time in the future, was " + until + " (now " + now + ")");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) {
            throw Problem.badRequest("reason is at most " + MAX_REASON + " characters, was " + why.length());
        }
        FollowUp snoozed = jdbi.inTransaction(h -> {
            lockConversation(h, conversationId);
            h.createUpdate("DELETE FROM follow_ups WHERE conversation_id = :id").bind("id", conversationId).execute();
            h.createUpdate("INSERT INTO follow_ups (conversation_id, due_at, reason, created_by, created_at)"
                            + " VALUES (:id, :due, :reason, :agent, :now)")
                    .bind("id", conversationId).bind("due", until).bind("reason", why).bind("agent", agent.id())
                    .bind("now", now).execute();
            return find(h, conversationId).orElseThrow();
        });
        announce(List.of(LiveNotice.conversationUpdated(conversationId)));
        return snoozed;
    }

    /** Ends a snooze early, or dismisses the reminder of a woken one. */
    public void dismiss(long conversationId) {
        jdbi.useTransaction(h -> {
            lockConversation(h, conversationId);
            h.createUpdate("DELETE FROM follow_ups WHERE conversation_id = :id").bind("id", conversationId).execute();
        });
        announce(List.of(LiveNotice.conversationUpdated(conversationId)));
    }

    public Optional<FollowUp> of(long conversationId) {
        return jdbi.withHandle(h -> find(h, conversationId));
    }

    /** Wakes every snooze whose time has come; returns how many woke. */
    public int wakeDue() {
        Instant now = clock.instant();
        List<Long> due = jdbi.withHandle(h -> h.createQuery("SELECT conversation_id FROM follow_ups"
                        + " WHERE woke_at IS NULL AND due_at <= :now ORDER BY due_at LIMIT 500")
                .bind("now", now).mapTo(Long.class).list());
        int woken = 0;
        for (long conversationId : due) {
            List<LiveNotice> notices = jdbi.inTransaction(h -> wake(h, conversationId, now, "time"));
            announce(notices);
            woken += notices.isEmpty() ? 0 : 1;
        }
        return woken;
    }

    @Override
    public List<LiveNotice> onCustomerMessage(Handle h, Conversation conversation, Instant at) {
        return wake(h, conversation.id(), at, "customer");
    }

    /** Only a snooze still running wakes: a customer message and the scheduler may race for it. */
    private static List<LiveNotice> wake(Handle h, long conversationId, Instant now, String cause) {
        int rows = h.createUpdate("UPDATE follow_ups SET woke_at = :now, woke_by = :cause"
                        + " WHERE conversation_id = :id AND woke_at IS NULL")
                .bind("now", now).bind("cause", cause).bind("id", conversationId).execute();
        if (rows == 0) {
            return List.of();
        }
        String reason = h.createQuery("SELECT reason FROM follow_ups WHERE conversation_id = :id")
                .bind("id", conversationId).mapTo(String.class).findOne().orElse(null);
        return List.of(new LiveNotice(DUE_EVENT, reason == null
                        ? Map.of("conversationId", conversationId, "cause", cause)
                        : Map.of("conversationId", conversationId, "cause", cause, "reason", reason)),
                LiveNotice.conversationUpdated(conversationId));
    }

    private static Optional<FollowUp> find(Handle h, long conversationId) {
        return h.createQuery("SELECT * FROM follow_ups WHERE conversation_id = :id").bind("id", conversationId)
                .map(MAPPER).findOne();
    }

    private static void lockConversation(Handle h, long conversationId) {
        Transactions.lockRow(h, "conversations", conversationId);
        h.createQuery("SELECT id FROM conversations WHERE id = :id").bind("id", conversationId).mapTo(Long.class)
                .findOne().orElseThrow(() -> Problem.notFound("no conversation with id " + conversationId));
    }

    private void announce(List<LiveNotice> notices) {
        notices.forEach(n -> live.publishToAgents(n.event(), n.data()));
    }
}
