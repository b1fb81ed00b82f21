package io.switchboard.host.conversations;

import io.switchboard.host.store.Rows;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** A call in a conversation's timeline, merged from all of its provider callbacks. */
public record CallEntry(String callId, String caller, String callee, String state, Instant startedAt,
                        Instant answeredAt, Instant endedAt, Long talkSeconds, String answeredBy,
                        String recordingUrl, String transcript, boolean voicemail) {

    static List<CallEntry> list(Handle h, long conversationId) {
        return h.createQuery("SELECT * FROM calls WHERE conversation_id = :id ORDER BY started_at, id")
                .bind("id", conversationId)
                .map((rs, ctx) -> new CallEntry(rs.getString("call_id"), rs.getString("caller"), rs.getString("callee"),
                        rs.getString("state"), Rows.instant(rs, "started_at"), Rows.instant(rs, "answered_at"),
                        Rows.instant(rs, "ended_at"), Rows.nullableLong(rs, "talk_seconds"),
                        rs.getString("answered_by"), rs.getString("recording_url"), rs.getString("transcript"),
                        rs.getBoolean("voicemail")))
                .list();
    }
}
