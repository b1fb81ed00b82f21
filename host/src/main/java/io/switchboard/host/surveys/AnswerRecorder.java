package io.switchboard.host.surveys;

import io.switchboard.api.config.ConfigValues;
import io.switchboard.api.conversation.ConversationEventType;
import io.switchboard.api.survey.SurveyScale;
import io.switchboard.api.survey.SurveyType;
import io.switchboard.host.conversations.EventLog;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Stores an answer to a survey request, whether it came on the channel or through the hosted
 * page: the first answer inserts, a later one updates (one answer per request); each appends a
 * SURVEY_ANSWERED event; an answer that newly turns low applies the admin's low-score action.
 */
final class AnswerRecorder {

    static final String FOLLOW_UP_TAG = "follow-up";

    private final SurveySettingsStore settings;
    private final EventLog events = new EventLog();

    AnswerRecorder(SurveySettingsStore settings) {
        this.settings = settings;
    }

    /** An answer as given: where it came from and an optional comment. */
    record Given(int value, String comment, String source, Long messageId, Instant at) {
    }

    void record(Handle h, SurveyRequest request, SurveyType type, Given answer) {
        ConfigValues pluginSettings = request.settings();
        SurveyScale scale = type.scale(pluginSettings);
        Integer previous = h.createQuery("SELECT answer_value FROM survey_answers WHERE request_id = :id")
                .bind("id", request.id()).mapTo(Integer.class).findOne().orElse(null);
        String comment = answer.comment() == null || answer.comment().isBlank() ? null
                : abbreviate(answer.comment().strip());
        if (previous == null) {
            h.createUpdate("INSERT INTO survey_answers (request_id, survey_id, conversation_id, contact_id,"
                            + " channel_type, agent_id, team_id, answer_value, scale_min, scale_max, answer_comment,"
                            + " source, message_id, first_answered_at, answered_at) VALUES (:request, :survey,"
                            + " :conversation, :contact, :channel, :agent, :team, :value, :min, :max, :comment,"
                            + " :source, :message, :at, :at)")
                    .bind("request", request.id()).bind("survey", request.surveyId())
                    .bind("conversation", request.conversationId()).bind("contact", request.contactId())
                    .bind("channel", request.channelType()).bind("agent", request.agentId())
                    .bind("team", request.teamId()).bind("value", answer.value()).bind("min", scale.min())
                    .bind("max", scale.max()).bind("comment", comment).bind("source", answer.source())
                    .bind("message", answer.messageId()).bind("at", answer.at()).execute();
        } else {
            h.createUpdate("UPDATE survey_answers SET answer_value = :value, answer_comment = COALESCE(:comment,"
                            + " answer_comment), source = :source, message_id = COALESCE(:message, message_id),"
                            + " answered_at = :at WHERE request_id = :request")
                    .bind("value", answer.value()).bind("comment", comment).bind("source", answer.source())
                    .bind("message", answer.messageId()).bind("at", answer.at()).bind("request", request.id())
                    .execute();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("survey", request.surveyId());
        attributes.put("value", String.valueOf(answer.value()));
        attributes.put("scale", scale.min() + "-" + scale.max());
        attributes.put("request", String.valueOf(request.id()));
        attributes.put("source", answer.source());
        attributes.put("updated", String.valueOf(previous != null));
        events.append(h, new EventLog.Entry(request.conversationId(), ConversationEventType.SURVEY_ANSWERED,
                answer.at(), request.channelType(), request.agentId(), request.teamId(), answer.messageId(),
                attributes));
        boolean low = type.isLowScore(answer.value(), pluginSettings);
        boolean wasLow = previous != null && type.isLowScore(previous, pluginSettings);
        if (low && !wasLow) {
            onLowScore(h, request, answer, scale);
        }
    }

    private void onLowScore(Handle h, SurveyRequest request, Given answer, SurveyScale scale) {
        LowScoreAction action = settings.find(h, request.surveyId()).lowScoreAction();
        String why = request.surveyId().toUpperCase(java.util.Locale.ROOT) + " answer " + answer.value() + " of "
                + scale.min() + "–" + scale.max();
        if (action == LowScoreAction.REOPEN) {
            int reopened = h.createUpdate("UPDATE conversations SET status = 'open', updated_at = :at WHERE id = :id"
                            + " AND status <> 'open'")
                    .bind("at", answer.at()).bind("id", request.conversationId()).execute();
            if (reopened > 0) {
                events.append(h, new EventLog.Entry(request.conversationId(), ConversationEventType.STATUS_CHANGED,
                        answer.at(), request.channelType(), request.agentId(), request.teamId(), null,
                        Map.of("from", "resolved", "to", "open", "reason", "low-survey-score")));
            }
        } else if (action == LowScoreAction.FLAG) {
            boolean tagged = h.createQuery("SELECT COUNT(*) FROM conversation_tags WHERE conversation_id = :id"
                            + " AND tag = :tag")
                    .bind("id", request.conversationId()).bind("tag", FOLLOW_UP_TAG).mapTo(Long.class).one() > 0;
            if (!tagged) {
                h.createUpdate("INSERT INTO conversation_tags (conversation_id, tag, added_at) VALUES (:id, :tag, :at)")
                        .bind("id", request.conversationId()).bind("tag", FOLLOW_UP_TAG).bind("at", answer.at())
                        .execute();
            }
            long noteId = h.createUpdate("INSERT INTO messages (conversation_id, channel_instance_id, direction, kind,"
                            + " body_text, automated, created_at) SELECT id, channel_instance_id, 'note', 'text',"
                            + " :text, TRUE, :at FROM conversations WHERE id = :id")
                    .bind("text", "Flagged for follow-up: " + why + (answer.comment() == null ? ""
                            : " — “" + abbreviate(answer.comment()) + "”"))
                    .bind("at", answer.at()).bind("id", request.conversationId())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            events.append(h, new EventLog.Entry(request.conversationId(), ConversationEventType.NOTE, answer.at(),
                    request.channelType(), null, request.teamId(), noteId, Map.of("survey", request.surveyId(),
                    "tag", FOLLOW_UP_TAG)));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }
}
