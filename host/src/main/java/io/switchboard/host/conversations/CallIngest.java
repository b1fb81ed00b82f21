package io.switchboard.host.conversations;

import io.switchboard.api.channel.event.CallEvent;
import io.switchboard.api.channel.event.CallState;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.api.conversation.ConversationEventType;
import io.switchboard.host.contacts.ContactStore;
import io.switchboard.host.store.Transactions;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Merges call events, which providers send in several callbacks in any order, into one call
 * entry per call id in the caller's conversation. Known fields are never erased by a later
 * event that lacks them; the call's end is logged once, for handle-time metrics.
 */
final class CallIngest {

    private static final Set<CallState> ENDED = EnumSet.of(CallState.COMPLETED, CallState.NO_ANSWER, CallState.BUSY,
            CallState.FAILED, CallState.CANCELED);

    private final Clock clock;
    private final ContactStore contacts;
    private final ConversationStore conversations;
    private final EventLog events;
    private final Threading threading;

    CallIngest(Clock clock, ContactStore contacts, ConversationStore conversations, EventLog events) {
        this.clock = clock;
        this.contacts = contacts;
        this.conversations = conversations;
        this.events = events;
        this.threading = new Threading(conversations);
    }

    List<LiveNotice> ingest(Handle h, InboundChannel channel, CallEvent call) {
        var existing = h.createQuery("SELECT id, conversation_id, state FROM calls WHERE channel_instance_id = :i"
                        + " AND call_id = :call")
                .bind("i", channel.instanceId()).bind("call", call.callId())
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), ended(rs.getString(3)) ? 1 : 0})
                .findOne();
        long conversationId = existing.map(row -> row[1]).orElseGet(() -> insert(h, channel, call));
        boolean wasEnded = existing.map(row -> row[2] == 1).orElse(false);
        merge(h, channel.instanceId(), call);
        conversations.touch(h, conversationId, "[call]", call.at(), false);
        if (!wasEnded && call.state() != null && ENDED.contains(call.state())) {
            logEnd(h, channel, conversationId, call);
        }
        return List.of(LiveNotice.conversationUpdated(conversationId));
    }

    private long insert(Handle h, InboundChannel channel, CallEvent call) {
        long contactId = contacts.resolve(h, call.caller(), null);
        Transactions.lockRow(h, "contacts", contactId);
        var asMessage = InboundMessage.text("call:" + call.callId(), call.caller(), null, call.at(), "");
        Conversation conversation = threading.existingFor(h, channel, asMessage, clock.instant())
                .orElseGet(() -> {
                    Conversation created = conversations.create(h, contactId, channel.instanceId(), call.caller(), null,
                            clock.instant());
                    events.append(h, new EventLog.Entry(created.id(), ConversationEventType.OPENED, clock.instant(),
                            channel.channelType(), null, null, null, Map.of()));
                    return created;
                });
        h.createUpdate("INSERT INTO calls (conversation_id, channel_instance_id, call_id, caller, started_at)"
                        + " VALUES (:conversation, :instance, :call, :caller, :at)")
                .bind("conversation", conversation.id()).bind("instance", channel.instanceId())
                .bind("call", call.callId()).bind("caller", call.caller().value()).bind("at", call.at()).execute();
        return conversation.id();
    }

    private static void merge(Handle h, long instanceId, CallEvent call) {
        h.createUpdate("UPDATE calls SET callee = COALESCE(:callee, callee),"
                        + " state = CASE WHEN :ended OR state IS NULL OR state IN ('RINGING', 'IN_PROGRESS')"
                        + " THEN COALESCE(:state, state) ELSE state END,"
                        + " started_at = CASE WHEN :at < started_at THEN :at ELSE started_at END,"
                        + " answered_at = COALESCE(:answered, answered_at), ended_at = COALESCE(:endedAt, ended_at),"
                        + " talk_seconds = COALESCE(:talk, talk_seconds), answered_by = COALESCE(:by, answered_by),"
                        + " recording_url = COALESCE(:recording, recording_url),"
                        + " transcript = COALESCE(:transcript, transcript), voicemail = voicemail OR :voicemail"
                        + " WHERE channel_instance_id = :instance AND call_id = :call")
                .bind("callee", call.callee() == null ? null : call.callee().value())
                .bind("ended", call.state() != null && ENDED.contains(call.state()))
                .bind("state", call.state() == null ? null : call.state().name()).bind("at", call.at())
                .bind("answered", call.answeredAt()).bind("endedAt", call.endedAt())
                .bind("talk", call.talkTime() == null ? null : call.talkTime().toSeconds())
                .bind("by", call.answeredBy()).bind("recording", call.recordingUrl())
                .bind("transcript", call.transcript()).bind("voicemail", call.voicemail())
                .bind("instance", instanceId).bind("call", call.callId()).execute();
    }

    private void logEnd(Handle h, InboundChannel channel, long conversationId, CallEvent call) {
        var row = h.createQuery("SELECT talk_seconds, answered_at, voicemail FROM calls WHERE channel_instance_id = :i"
                        + " AND call_id = :call")
                .bind("i", channel.instanceId()).bind("call", call.callId())
                .map((rs, ctx) -> Map.of("talkSeconds", String.valueOf(rs.getLong(1)),
                        "answered", String.valueOf(rs.getObject(2) != null || call.state() == CallState.COMPLETED),
                        "voicemail", String.valueOf(rs.getBoolean(3))))
                .one();
        Map<String, String> attributes = new java.util.HashMap<>(row);
        attributes.put("callId", call.callId());
        events.append(h, new EventLog.Entry(conversationId, ConversationEventType.CALL_ENDED, call.at(),
                channel.channelType(), null, null, null, attributes));
    }

    private static boolean ended(String state) {
        return state != null && ENDED.contains(CallState.valueOf(state));
    }
}
