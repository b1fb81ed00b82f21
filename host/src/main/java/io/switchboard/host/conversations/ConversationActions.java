package io.switchboard.host.conversations;

import io.switchboard.api.conversation.ConversationEventType;
import io.switchboard.host.live.LiveHub;
import io.switchboard.host.problem.Problem;
import io.switchboard.host.store.Transactions;
import io.switchboard.host.users.User;
import io.switchboard.host.users.UserStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Status changes and assignment, each logged to the event log and announced live. */
public final class ConversationActions {

    private final Jdbi jdbi;
    private final Clock clock;
    private final ConversationStore conversations;
    private final EventLog events;
    private final UserStore users;
    private final LiveHub live;
    private final StatusChangeListener statusListener;

    public ConversationActions(Jdbi jdbi, Clock clock, ConversationStore conversations, EventLog events,
                               UserStore users, LiveHub live) {
        this(jdbi, clock, conversations, events, users, live, StatusChangeListener.NONE);
    }

    /** Actions whose status changes {@code statusListener} hears in their transaction. */
    public ConversationActions(Jdbi jdbi, Clock clock, ConversationStore conversations, EventLog events,
                               UserStore users, LiveHub live, StatusChangeListener statusListener) {
        this.statusListener = statusListener;
        this.jdbi = jdbi;
        this.clock = clock;
        this.conversations = conversations;
        this.events = events;
        this.users = users;
        this.live = live;
    }

    public void setStatus(long conversationId, User agent, ConversationStatus status) {
        jdbi.useTransaction(h -> {
            Transactions.lockRow(h, "conversations", conversationId);
            Conversation c = conversations.find(h, conversationId).orElseThrow(() -> notFound(conversationId));
            if (c.status() == status) {
                return;
            }
            Instant now = clock.instant();
            conversations.setStatus(h, conversationId, status);
            events.append(h, new EventLog.Entry(conversationId, ConversationEventType.STATUS_CHANGED, now,
                    ReplyService.channelTypeOf(h, c), agent.id(), c.teamId(), null,
                    Map.of("from", c.status().id(), "to", status.id())));
            statusListener.statusChanged(h, c, status, now);
        });
        announce(conversationId);
    }

    public void assign(long conversationId, User agent, Long assigneeId) {
        if (assigneeId != null && users.find(assigneeId).filter(User::active).isEmpty()) {
            throw Problem.unprocessable("Unknown assignee", "no active user with id " + assigneeId, Map.of());
        }
        jdbi.useTransaction(h -> {
            Transactions.lockRow(h, "conversations", conversationId);
            Conversation c = conversations.find(h, conversationId).orElseThrow(() -> notFound(conversationId));
            conversations.assign(h, conversationId, assigneeId);
            events.append(h, new EventLog.Entry(conversationId, ConversationEventType.ASSIGNED, clock.instant(),
                    ReplyService.channelTypeOf(h, c), assigneeId, c.teamId(), null,
                    Map.of("by", String.valueOf(agent.id()))));
        });
        announce(conversationId);
    }

    private void announce(long conversationId) {
        LiveNotice notice = LiveNotice.conversationUpdated(conversationId);
        live.publishToAgents(notice.event(), notice.data());
    }

    private static Problem notFound(long id) {
        return Problem.notFound("no conversation with id " + id);
    }
}
