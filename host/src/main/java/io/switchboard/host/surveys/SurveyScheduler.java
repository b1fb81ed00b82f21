package io.switchboard.host.surveys;

import io.switchboard.host.conversations.Conversation;
import io.switchboard.host.conversations.ConversationStatus;
import io.switchboard.host.conversations.StatusChangeListener;
import io.switchboard.host.plugins.PluginHost;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Owes a survey when an agent resolves a conversation: one pending request per enabled survey
 * type that covers the conversation's channel, written in the resolution's own transaction so
 * a crash can lose neither. The sender delivers it when due.
 *
 * <p>Re-resolution: a conversation gets at most one answered survey per type. When it is
 * resolved again, a type already answered is not asked again; an earlier request that was not
 * answered (pending or sent) is superseded by the new one, so the customer's next answer goes
 * to the newest question.
 */
final class SurveyScheduler implements StatusChangeListener {

    private final PluginHost plugins;
    private final SurveySettingsStore settings;

    SurveyScheduler(PluginHost plugins, SurveySettingsStore settings) {
        this.plugins = plugins;
        this.settings = settings;
    }

    @Override
    public void statusChanged(Handle h, Conversation before, ConversationStatus to, Instant at) {
        if (to != ConversationStatus.RESOLVED) {
            return;
        }
        String channelType = h.createQuery("SELECT channel_type FROM channel_instances WHERE id = :id")
                .bind("id", before.channelInstanceId()).mapTo(String.class).one();
        // A call is the customer's contact too: its request goes on to the sender, which records why
        // the voice channel cannot carry it, instead of calling the conversation automated-only.
        boolean customerWrote = h.createQuery("SELECT (SELECT COUNT(*) FROM messages WHERE conversation_id = :id"
                        + " AND direction = 'inbound' AND automated = FALSE)"
                        + " + (SELECT COUNT(*) FROM calls WHERE conversation_id = :id)")
                .bind("id", before.id()).mapTo(Long.class).one() > 0;
        for (String surveyId : plugins.surveyTypes().keySet()) {
            SurveySettings s = settings.find(h, surveyId);
            if (!s.enabled() || !s.coversChannel(channelType) || answered(h, before.id(), surveyId)) {
                continue;
            }
            h.createUpdate("UPDATE survey_requests SET status = 'superseded', reason = 'the conversation was resolved"
                            + " again' WHERE conversation_id = :conversation AND survey_id = :survey"
                            + " AND status IN ('pending', 'sent')")
                    .bind("conversation", before.id()).bind("survey", surveyId).execute();
            String status = customerWrote ? "pending" : "skipped";
            h.createUpdate("INSERT INTO survey_requests (survey_id, conversation_id, contact_id, channel_type,"
                            + " agent_id, team_id, status, reason, resolved_at, due_at, created_at) VALUES (:survey,"
                            + " :conversation, :contact, :channel, :agent, :team, :status, :reason, :at, :due, :at)")
                    .bind("survey", surveyId).bind("conversation", before.id()).bind("contact", before.contactId())
                    .bind("channel", channelType).bind("agent", before.assigneeId()).bind("team", before.teamId())
                    .bind("status", status)
                    .bind("reason", customerWrote ? null : "the conversation holds only automated messages"
                            + " (auto-replies, bounces), no customer message")
                    .bind("at", at).bind("due", at.plusSeconds(s.delaySeconds())).execute();
        }
    }

    private static boolean answered(Handle h, long conversationId, String surveyId) {
        return h.createQuery("SELECT COUNT(*) FROM survey_answers WHERE conversation_id = :conversation"
                        + " AND survey_id = :survey")
                .bind("conversation", conversationId).bind("survey", surveyId).mapTo(Long.class).one() > 0;
    }
}
