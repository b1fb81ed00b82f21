package io.switchboard.host.conversations;

import io.switchboard.api.channel.event.CallEvent;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.api.conversation.ConversationEventType;
import io.switchboard.host.contacts.ContactStore;
import io.switchboard.host.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Merges call events, which providers send in several callbacks in any order, into one call
 * entry per call id in the caller's conversation (see {@link CallMerge}). Known fields are
 * never erased by a later event that lacks them. The call's end is logged for handle-time
 * metrics when it ends, and again if a late callback changes its talk time, answer or voicemail
 * flag (the latest {@code CALL_ENDED} of a call id counts). A missed call or voicemail opens
 * the conversation and is owed a callback; a later answered call settles the callbacks owed.
 */
final class CallIngest {

    /**
     * How soon a missed call is owed a callback, counted from when it came in. The same for every
     * channel until a channel can report its own due time (it needs a field on CallEvent).
     */
    static final Duration CALLBACK_WITHIN = Duration.ofHours(2);

    private final Clock clock;
    private final ContactStore contacts;
    private final ConversationStore conversations;
    private final EventLog events;
    private final Threading threading;
    private final ConversationOpenedHook opened;

    CallIngest(Clock clock, ContactStore contacts, ConversationStore conversations, EventLog events,
               ConversationOpenedHook opened) {
        this.opened = opened;
        this.clock = clock;
        this.contacts = contacts;
        this.conversations = conversations;
        this.events = events;
        this.threading = new Threading(conversations);
    }

    List<LiveNotice> ingest(Handle h, InboundChannel channel, CallEvent call) {
        CallRow before = CallRow.find(h, channel.instanceId(), call.callId()).orElseGet(() -> insert(h, channel, call));
        CallRow after = CallMerge.merge(before, call, CALLBACK_WITHIN);
        after.update(h);
        conversations.touch(h, after.conversationId(), CallPreview.of(after), call.at(), false);
        if (after.ended() && (!before.ended() || !after.sameOutcome(before))) {
            logEnd(h, channel, after, call.at());
        }
        if (after.missed() && !before.missed()) {
            open(h, channel, after.conversationId());
        }
        if (after.answered() && !before.answered()) {
            settleCallbacks(h, after, after.answeredAt() != null ? after.answeredAt() : call.at());
        }
        return List.of(LiveNotice.conversationUpdated(after.conversationId()));
    }

    private CallRow insert(Handle h, InboundChannel channel, CallEvent call) {
        long contactId = contacts.resolve(h, call.caller(), null);
        Transactions.lockRow(h, "contacts", contactId);
        var asMessage = InboundMessage.text("call:" + call.callId(), call.caller(), null, call.at(), "");
        Conversation conversation = threading.existingFor(h, channel, asMessage, clock.instant())
                .orElseGet(() -> {
                    Conversation created = conversations.create(h, contactId, channel.instanceId(), call.caller(), null,
                            clock.instant());
                    events.append(h, new EventLog.Entry(created.id(), ConversationEventType.OPENED, clock.instant(),
                            channel.channelType(), null, null, null, Map.of()));
                    opened.opened(h, created, channel, "");
                    return created;
                });
        h.createUpdate("INSERT INTO calls (conversation_id, channel_instance_id, call_id, caller, started_at, direction)"
                        + " VALUES (:conversation, :instance, :call, :caller, :at, 'inbound')")
                .bind("conversation", conversation.id()).bind("instance", channel.instanceId())
                .bind("call", call.callId()).bind("caller", call.caller().value()).bind("at", call.at()).execute();
        return CallRow.find(h, channel.instanceId(), call.callId()).orElseThrow();
    }

    private void logEnd(Handle h, InboundChannel channel, CallRow call, Instant reportedAt) {
        Map<String, String> attributes = Map.of("callId", call.callId(),
                "talkSeconds", String.valueOf(call.talkSeconds() == null ? 0 : call.talkSeconds()),
                "answered", String.valueOf(call.answered()), "voicemail", String.valueOf(call.voicemail()),
                "direction", call.direction().id());
        // The assignee and team at the call's end, like every other event, so handle time is credited.
        Conversation c = conversations.find(h, call.conversationId()).orElseThrow();
        events.append(h, new EventLog.Entry(call.conversationId(), ConversationEventType.CALL_ENDED,
                call.endedAt() != null ? call.endedAt() : reportedAt, channel.channelType(), c.assigneeId(),
                c.teamId(), null, attributes));
    }

    /** A call the desk owes an answer to keeps its conversation open, or opens it again. */
    private void open(Handle h, InboundChannel channel, long conversationId) {
        Conversation c = conversations.find(h, conversationId).orElseThrow();
        if (c.status() == ConversationStatus.OPEN) {
            return;
        }
        conversations.setStatus(h, conversationId, ConversationStatus.OPEN);
        events.append(h, new EventLog.Entry(conversationId, ConversationEventType.STATUS_CHANGED, clock.instant(),
                channel.channelType(), c.assigneeId(), c.teamId(), null,
                Map.of("from", c.status().id(), "to", ConversationStatus.OPEN.id())));
    }

    /** Someone talked: the callbacks owed for earlier missed calls of the conversation are done. */
    static void settleCallbacks(Handle h, CallRow answered, Instant at) {
        h.createUpdate("UPDATE calls SET callback_completed_at = :at WHERE conversation_id = :conversation"
                        + " AND id <> :id AND callback_due_at IS NOT NULL AND callback_completed_at IS NULL"
                        + " AND started_at <= :started")
                .bind("at", at).bind("conversation", answered.conversationId()).bind("id", answered.id())
                .bind("started", answered.startedAt()).execute();
    }
}
