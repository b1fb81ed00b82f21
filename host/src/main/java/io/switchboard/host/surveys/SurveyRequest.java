package io.switchboard.host.surveys;

import io.switchboard.api.config.ConfigValues;
import io.switchboard.host.store.Rows;
import java.time.Instant;
import java.util.Locale;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * One survey owed to a conversation for one resolution.
 *
 * @param status {@code pending}, {@code sent}, {@code skipped} or {@code superseded}
 * @param reason why it was skipped, or null
 * @param language the language it was asked in (set when sent)
 * @param settingsJson the plugin settings it was asked under (set when sent), so a later change
 *     of scale does not change how its answer reads
 */
public record SurveyRequest(long id, String surveyId, long conversationId, long contactId, String channelType,
                            Long agentId, Long teamId, String status, String reason, String language,
                            String settingsJson, Long messageId, Instant resolvedAt, Instant dueAt, Instant sentAt,
                            Instant createdAt) {

    static final RowMapper<SurveyRequest> MAPPER = (rs, ctx) -> new SurveyRequest(rs.getLong("id"),
            rs.getString("survey_id"), rs.getLong("conversation_id"), rs.getLong("contact_id"),
            rs.getString("channel_type"), Rows.nullableLong(rs, "agent_id"), Rows.nullableLong(rs, "team_id"),
            rs.getString("status"), rs.getString("reason"), rs.getString("language"), rs.getString("settings_json"),
            Rows.nullableLong(rs, "message_id"), Rows.instant(rs, "resolved_at"), Rows.instant(rs, "due_at"),
            Rows.instant(rs, "sent_at"), Rows.instant(rs, "created_at"));

    ConfigValues settings() {
        return new ConfigValues(SurveySettingsStore.strings(settingsJson));
    }

    Locale locale() {
        return Locale.forLanguageTag(language == null ? "en" : language);
    }
}
