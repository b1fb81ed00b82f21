package io.switchboard.host.surveys;

import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.api.survey.SurveyType;
import io.switchboard.host.conversations.Conversation;
import io.switchboard.host.conversations.InboundAnswers;
import io.switchboard.host.plugins.PluginCallException;
import io.switchboard.host.plugins.PluginHost;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognises a customer's reply on the channel as a survey answer. A customer message in a
 * conversation with a survey sent in the last {@link #ANSWER_WINDOW} is an answer when the
 * survey plugin parses it, in the language the question was asked in: either the whole text
 * ("5", "five", "⭐⭐⭐⭐") or the part before a separator, the rest being the follow-up comment
 * ("4 - slow but fine", "4: slow but fine", "4" then a new line). Unanswered requests are tried
 * oldest first (two surveys asked at once are answered in order), then answered ones newest
 * first (a repeated answer updates it). Anything else stays an ordinary message.
 */
final class InboundSurveyAnswers implements InboundAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(InboundSurveyAnswers.class);

    static final Duration ANSWER_WINDOW = Duration.ofDays(7);
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—]\\s+|\\s*[:\\n]\\s*");

    private final PluginHost plugins;
    private final AnswerRecorder recorder;

    InboundSurveyAnswers(PluginHost plugins, AnswerRecorder recorder) {
        this.plugins = plugins;
        this.recorder = recorder;
    }

    @Override
    public boolean take(Handle h, Conversation conversation, String channelType, long messageId,
                        InboundMessage message, Instant at) {
        if (message.text() == null || message.text().isBlank()) {
            return false;
        }
        List<SurveyRequest> outstanding = h.createQuery("SELECT r.*, CASE WHEN a.request_id IS NULL THEN 0 ELSE 1"
                        + " END AS answered FROM survey_requests r LEFT JOIN survey_answers a ON a.request_id = r.id"
                        + " WHERE r.conversation_id = :conversation AND r.status = 'sent' AND r.sent_at >= :since"
                        + " ORDER BY answered, CASE WHEN a.request_id IS NULL THEN r.id ELSE -r.id END")
                .bind("conversation", conversation.id()).bind("since", at.minus(ANSWER_WINDOW))
                .map(SurveyRequest.MAPPER).list();
        String reply = fresh(message);
        for (SurveyRequest request : outstanding) {
            SurveyType type = plugins.surveyTypes().get(request.surveyId());
            if (type == null) {
                continue;
            }
            Parsed parsed;
            try {
                parsed = parse(type, request, reply);
            } catch (PluginCallException e) {
                // A failing survey plugin must not cost the customer's message: it stays an ordinary one.
                LOG.warn("Survey {} could not read a reply in conversation {}: {}", request.surveyId(),
                        conversation.id(), e.getMessage());
                continue;
            }
            if (parsed != null) {
                recorder.record(h, request, type, new AnswerRecorder.Given(parsed.value(), parsed.comment(),
                        "channel", messageId, at));
                return true;
            }
        }
        return false;
    }

    /** The text the customer wrote now, without the quoted earlier mail below it. */
    private static String fresh(InboundMessage message) {
        String text = message.text();
        return message.quotedFrom() > 0 && message.quotedFrom() <= text.length()
                ? text.substring(0, message.quotedFrom()) : text;
    }

    static Parsed parse(SurveyType type, SurveyRequest request, String reply) {
        OptionalInt whole = type.parseAnswer(reply.strip(), request.settings(), request.locale());
        if (whole.isPresent()) {
            return new Parsed(whole.getAsInt(), null);
        }
        var separator = SEPARATOR.matcher(reply.strip());
        if (separator.find() && separator.start() > 0) {
            String head = reply.strip().substring(0, separator.start());
            OptionalInt value = type.parseAnswer(head, request.settings(), request.locale());
            if (value.isPresent()) {
                return new Parsed(value.getAsInt(), reply.strip().substring(separator.end()).strip());
            }
        }
        return null;
    }

    record Parsed(int value, String comment) {
    }

}
