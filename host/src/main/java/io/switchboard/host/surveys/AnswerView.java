package io.switchboard.host.surveys;

import io.switchboard.host.store.Rows;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;

/** A stored answer as the API shows it. */
public record AnswerView(long requestId, String survey, long conversationId, long contactId, String channel,
                         Long agentId, Long teamId, int value, int scaleMin, int scaleMax, String comment,
                         String source, Long messageId, Instant firstAnsweredAt, Instant answeredAt) {

    static final RowMapper<AnswerView> MAPPER = (rs, ctx) -> new AnswerView(rs.getLong("request_id"),
            rs.getString("survey_id"), rs.getLong("conversation_id"), rs.getLong("contact_id"),
            rs.getString("channel_type"), Rows.nullableLong(rs, "agent_id"), Rows.nullableLong(rs, "team_id"),
            rs.getInt("answer_value"), rs.getInt("scale_min"), rs.getInt("scale_max"), rs.getString("answer_comment"),
            rs.getString("source"), Rows.nullableLong(rs, "message_id"), Rows.instant(rs, "first_answered_at"),
            Rows.instant(rs, "answered_at"));
}
