package io.switchboard.host.conversations;

import io.switchboard.api.conversation.ConversationEventType;
import io.switchboard.host.canned.Placeholders;
import io.switchboard.host.live.LiveHub;
import io.switchboard.host.problem.Problem;
import io.switchboard.host.store.Transactions;
import io.switchboard.host.users.User;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Agent replies and private notes. A reply is stored QUEUED together with its outbox row in
 * one transaction, so once the API answered it will be delivered even across a crash; a
 * client id makes a retried request return the first reply instead of sending twice.
 */
public final class ReplyService {

    private static final int MAX_TEXT = 100_000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final ConversationStore conversations;
    private final MessageStore messages;
    private final EventLog events;
    private final ChannelTypes channelTypes;
    private final LiveHub live;
    private final Runnable outboxWakeUp;

    public ReplyService(Jdbi jdbi, Clock clock, ConversationStore conversations, MessageStore messages,
                        EventLog events, ChannelTypes channelTypes, LiveHub live, Runnable outboxWakeUp) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.conversations = conversations;
        this.messages = messages;
        this.events = events;
        this.channelTypes = channelTypes;
        this.live = live;
        this.outboxWakeUp = outboxWakeUp;
    }

    public Message reply(long conversationId, User agent, String text, String clientId) {
        return reply(conversationId, agent, text, null, clientId);
    }

    /**
     * Queues a reply: free text, or a template when {@code template} is given (then {@code text}
     * must be empty; the timeline shows the template instead).
     */
    public Message reply(long conversationId, User agent, String text, ReplyTemplate template, String clientId) {
        if (template != null && text != null && !text.isBlank()) {
            throw Problem.badRequest("send either text or a template, not both");
        }
        ReplyTemplate checked = template == null ? null : ReplyTemplate.validated(template);
        String body = checked == null ? requireText(text) : checked.timelineText();
        if (checked == null) {
            Placeholders.refuseUnresolved(body); // a canned reply's {{placeholder}} is never sent as raw text
        }
        long messageId = Transactions.inTransactionWithRetry(jdbi, h -> {
            Conversation conversation = lockedConversation(h, conversationId);
            if (clientId != null) {
                var earlier = messages.findByClientId(h, conversationId, clientId);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            Instant now = clock.instant();
            String channelType = channelTypeOf(h, conversation);
            channelTypes.ofInstance(conversation.channelInstanceId()).ifPresent(type -> {
                if (checked == null) {
                    ReplyRules.check(type, conversation, body, now);
                } else {
                    ReplyRules.checkTemplate(type);
                }
            });
            long id = messages.insertAgentMessage(h, conversationId, conversation.channelInstanceId(),
                    Direction.OUTBOUND, agent.id(), body, null, checked, clientId, now);
            h.createUpdate("INSERT INTO outbox (message_id, conversation_id, next_attempt_at, created_at)"
                            + " VALUES (:id, :conversation, :now, :now)")
                    .bind("id", id).bind("conversation", conversationId).bind("now", now).execute();
            conversations.touch(h, conversationId, body, now, false);
            events.append(h, new EventLog.Entry(conversationId, ConversationEventType.AGENT_REPLY, now, channelType,
                    agent.id(), conversation.teamId(), id, checked == null ? Map.of()
                            : Map.of("template", checked.name())));
            return id;
        });
        outboxWakeUp.run();
        return published(conversationId, messageId);
    }

    public Message note(long conversationId, User agent, String text) {
        String body = requireText(text);
        long messageId = jdbi.inTransaction(h -> {
            Conversation conversation = lockedConversation(h, conversationId);
            Instant now = clock.instant();
            long id = messages.insertAgentMessage(h, conversationId, conversation.channelInstanceId(), Direction.NOTE,
                    agent.id(), body, null, null, now);
            events.append(h, new EventLog.Entry(conversationId, ConversationEventType.NOTE, now,
                    channelTypeOf(h, conversation), agent.id(), conversation.teamId(), id, Map.of()));
            return id;
        });
        return published(conversationId, messageId);
    }

    private Message published(long conversationId, long messageId) {
        Message message = jdbi.withHandle(h -> messages.find(h, messageId)).orElseThrow();
        for (LiveNotice notice : List.of(LiveNotice.messageCreated(conversationId, messageId),
                LiveNotice.conversationUpdated(conversationId))) {
            live.publishToAgents(notice.event(), notice.data());
        }
        return message;
    }

    private Conversation lockedConversation(Handle h, long conversationId) {
        Transactions.lockRow(h, "conversations", conversationId);
        return conversations.find(h, conversationId)
                .orElseThrow(() -> Problem.notFound("no conversation with id " + conversationId));
    }

    static String channelTypeOf(Handle h, Conversation conversation) {
        return h.createQuery("SELECT channel_type FROM channel_instances WHERE id = :id")
                .bind("id", conversation.channelInstanceId()).mapTo(String.class).one();
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw Problem.badRequest("text is required and must not be blank");
        }
        if (text.length() > MAX_TEXT) {
            throw Problem.badRequest("text has " + text.length() + " characters; at most " + MAX_TEXT
                    + " are accepted");
        }
        return text;
    }
}
