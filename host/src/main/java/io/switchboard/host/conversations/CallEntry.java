package io.switchboard.host.conversations;

import io.switchboard.api.channel.event.CallState;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * A call in a conversation's timeline, merged from all of its provider callbacks. {@code caller}
 * is the customer's number whichever way the call went; {@code state} is what the call amounts
 * to (see {@link CallRow#outcome()}). A missed call or voicemail carries the callback it is owed:
 * {@code callbackDueAt}, and {@code callbackCompletedAt} once a later answered call settled it.
 */
public record CallEntry(String callId, CallDirection direction, String caller, String callee, CallState state,
                        Instant startedAt, Instant answeredAt, Instant endedAt, Long talkSeconds, String answeredBy,
                        String recordingUrl, String transcript, boolean voicemail, Instant callbackDueAt,
                        Instant callbackCompletedAt) {

    static CallEntry of(CallRow row) {
        return new CallEntry(row.callId(), row.direction(), row.caller(), row.callee(), row.outcome(),
                row.startedAt(), row.answeredAt(), row.endedAt(), row.talkSeconds(), row.answeredBy(),
                row.recordingUrl(), row.transcript(), row.voicemail(), row.callbackDueAt(),
                row.callbackCompletedAt());
    }

    static List<CallEntry> list(Handle h, long conversationId) {
        return h.createQuery("SELECT * FROM calls WHERE conversation_id = :id ORDER BY started_at, id")
                .bind("id", conversationId).map(CallRow.MAPPER).list().stream().map(CallEntry::of).toList();
    }
}
