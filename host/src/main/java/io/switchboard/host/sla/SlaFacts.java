package io.switchboard.host.sla;

import io.switchboard.host.store.Rows;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * What an SLA depends on, read from the conversation and its event log.
 *
 * @param firstReplyAt the first agent reply, or null
 * @param resolvedAt when it was resolved, null while it is not
 * @param resolutionStart when the resolution clock started: opening, or the last reopening
 * @param lastSeq the newest event seen
 */
record SlaFacts(long conversationId, String instanceKey, String channelType, String priority, Instant createdAt,
                Instant firstReplyAt, Instant resolvedAt, Instant resolutionStart, long lastSeq) {

    static SlaFacts read(Handle h, long conversationId) {
        return h.createQuery("SELECT c.id, ci.instance_key, ci.channel_type, c.priority, c.created_at, c.status,"
                        + " c.resolved_at,"
                        + " (SELECT MIN(e.at) FROM conversation_events e WHERE e.conversation_id = c.id"
                        + "  AND e.type = 'AGENT_REPLY') AS first_reply_at,"
                        + " (SELECT MAX(e.at) FROM conversation_events e WHERE e.conversation_id = c.id"
                        + "  AND e.type = 'STATUS_CHANGED' AND e.attributes_json LIKE '%\"from\":\"resolved\"%')"
                        + "  AS reopened_at,"
                        + " (SELECT COALESCE(MAX(e.seq), 0) FROM conversation_events e WHERE e.conversation_id = c.id)"
                        + "  AS last_seq"
                        + " FROM conversations c JOIN channel_instances ci ON ci.id = c.channel_instance_id"
                        + " WHERE c.id = :id")
                .bind("id", conversationId)
                .map((rs, ctx) -> {
                    Instant created = Rows.instant(rs, "created_at");
                    Instant reopened = Rows.instant(rs, "reopened_at");
                    boolean resolved = "resolved".equals(rs.getString("status"));
                    return new SlaFacts(rs.getLong("id"), rs.getString("instance_key"), rs.getString("channel_type"),
                            rs.getString("priority"), created,
                            Rows.instant(rs, "first_reply_at"),
                            resolved ? Rows.instant(rs, "resolved_at") : null,
                            reopened != null && reopened.isAfter(created) ? reopened : created,
                            rs.getLong("last_seq"));
                }).one();
    }
}
