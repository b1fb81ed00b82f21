package io.switchboard.host.conversations;

import io.switchboard.api.channel.event.CallState;
import io.switchboard.host.store.Rows;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * A call as stored: everything its callbacks said so far, merged ({@code state} is the
 * strongest state any of them reported), plus what the desk derives from it: its
 * {@link #outcome()}, whether it was missed, when the callback is due.
 */
record CallRow(long id, long conversationId, String callId, String caller, String callee, CallState state,
               Instant startedAt, Instant answeredAt, Instant endedAt, Long talkSeconds, String answeredBy,
               String recordingUrl, String transcript, boolean voicemail, CallDirection direction,
               Instant callbackDueAt, Instant callbackCompletedAt) {

    static final Set<CallState> ENDED = EnumSet.of(CallState.COMPLETED, CallState.NO_ANSWER, CallState.BUSY,
            CallState.FAILED, CallState.CANCELED);

    static final RowMapper<CallRow> MAPPER = (rs, ctx) -> new CallRow(rs.getLong("id"), rs.getLong("conversation_id"),
            rs.getString("call_id"), rs.getString("caller"), rs.getString("callee"),
            rs.getString("state") == null ? null : CallState.valueOf(rs.getString("state")),
            Rows.instant(rs, "started_at"), Rows.instant(rs, "answered_at"), Rows.instant(rs, "ended_at"),
            Rows.nullableLong(rs, "talk_seconds"), rs.getString("answered_by"), rs.getString("recording_url"),
            rs.getString("transcript"), rs.getBoolean("voicemail"), CallDirection.of(rs.getString("direction")),
            Rows.instant(rs, "callback_due_at"), Rows.instant(rs, "callback_completed_at"));

    static Optional<CallRow> find(Handle h, long instanceId, String callId) {
        return h.createQuery("SELECT * FROM calls WHERE channel_instance_id = :instance AND call_id = :call")
                .bind("instance", instanceId).bind("call", callId).map(MAPPER).findOne();
    }

    /** Whether it is over: an ending was reported, or when it ended. */
    boolean ended() {
        return endedAt != null || (state != null && ENDED.contains(state));
    }

    /** Whether someone took it: an answer, who answered, talk time, or a completed (answered) ending. */
    boolean answered() {
        return answeredAt != null || answeredBy != null || (talkSeconds != null && talkSeconds > 0)
                || state == CallState.COMPLETED;
    }

    /**
     * What the call amounts to: an answered call is in progress, then completed; an unanswered
     * one that ended is a missed call (no answer), or busy, failed or canceled when so reported.
     */
    CallState outcome() {
        if (answered()) {
            return ended() ? CallState.COMPLETED : CallState.IN_PROGRESS;
        }
        if (ended()) {
            return state == null || state == CallState.RINGING || state == CallState.IN_PROGRESS
                    ? CallState.NO_ANSWER : state;
        }
        return state;
    }

    /** A customer's call nobody took, or a voicemail: the desk owes a callback. */
    boolean missed() {
        return direction == CallDirection.INBOUND && !answered() && (voicemail || ended());
    }

    /** Whether a callback is owed and not yet made. */
    boolean callbackOpen() {
        return callbackDueAt != null && callbackCompletedAt == null;
    }

    /** The outcome metrics see: changes here after the end are logged again. */
    boolean sameOutcome(CallRow other) {
        return java.util.Objects.equals(talkSeconds, other.talkSeconds) && answered() == other.answered()
                && voicemail == other.voicemail;
    }

    CallRow withCallbackDueAt(Instant due) {
        return new CallRow(id, conversationId, callId, caller, callee, state, startedAt, answeredAt, endedAt,
                talkSeconds, answeredBy, recordingUrl, transcript, voicemail, direction, due, callbackCompletedAt);
    }

    /** Writes the merged facts and the derived callback time back. */
    void update(Handle h) {
        h.createUpdate("UPDATE calls SET callee = :callee, state = :state, started_at = :started,"
                        + " answered_at = :answered, ended_at = :ended, talk_seconds = :talk, answered_by = :by,"
                        + " recording_url = :recording, transcript = :transcript, voicemail = :voicemail,"
                        + " callback_due_at = :due WHERE id = :id")
                .bind("callee", callee).bind("state", state == null ? null : state.name()).bind("started", startedAt)
                .bind("answered", answeredAt).bind("ended", endedAt).bind("talk", talkSeconds).bind("by", answeredBy)
                .bind("recording", recordingUrl).bind("transcript", transcript).bind("voicemail", voicemail)
                .bind("due", callbackDueAt).bind("id", id).execute();
    }
}
