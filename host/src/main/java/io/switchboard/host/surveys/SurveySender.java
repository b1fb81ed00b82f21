package io.switchboard.host.surveys;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.AddressKind;
import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.api.config.ConfigValues;
import io.switchboard.api.conversation.ConversationEventType;
import io.switchboard.api.survey.SurveyType;
import io.switchboard.host.conversations.ChannelAccess;
import io.switchboard.host.conversations.EventLog;
import io.switchboard.host.conversations.LiveNotice;
import io.switchboard.host.live.LiveHub;
import io.switchboard.host.plugins.PluginHost;
import io.switchboard.host.store.Rows;
import io.switchboard.host.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends survey requests when due: the question goes out through the outbox as an automated
 * outbound message on the conversation's own channel (never an agent reply: event
 * AUTOMATED_REPLY with {@code survey=<type>}), with the hosted-page link and, for channels that
 * show buttons, the scale as quick-reply choices. Sending flips the request from pending to
 * sent in the same transaction that queues the message, so a request is sent at most once
 * even when two desks share the database or the process dies half-way.
 */
final class SurveySender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SurveySender.class);
    private static final long POLL_MILLIS = 200;

    private final Jdbi jdbi;
    private final Clock clock;
    private final PluginHost plugins;
    private final SurveySettingsStore settings;
    private final ChannelAccess channels;
    private final SurveyLinks links;
    private final LiveHub live;
    private final Runnable outboxWakeUp;
    private final EventLog events = new EventLog();
    private final Thread loop;
    private volatile boolean running = true;

    SurveySender(Jdbi jdbi, Clock clock, PluginHost plugins, SurveySettingsStore settings, ChannelAccess channels,
                 SurveyLinks links, LiveHub live, Runnable outboxWakeUp) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.plugins = plugins;
        this.settings = settings;
        this.channels = channels;
        this.links = links;
        this.live = live;
        this.outboxWakeUp = outboxWakeUp;
        this.loop = new Thread(this::run, "survey-sender");
        loop.setDaemon(true);
    }

    void start() {
        loop.start();
    }

    private void run() {
        while (running) {
            try {
                sendDue();
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("Sending due surveys failed; trying again shortly", e);
            }
        }
    }

    /** Sends or skips every request due now; returns how many were handled. */
    int sendDue() {
        List<Long> due = jdbi.withHandle(h -> h.createQuery("SELECT id FROM survey_requests WHERE status = 'pending'"
                        + " AND due_at <= :now ORDER BY due_at, id LIMIT 50")
                .bind("now", clock.instant()).mapTo(Long.class).list());
        for (long id : due) {
            sendOne(id);
        }
        return due.size();
    }

    private void sendOne(long requestId) {
        Target target = jdbi.withHandle(h -> h.createQuery("SELECT c.channel_instance_id, c.customer_kind,"
                        + " c.customer_address, c.last_customer_message_at FROM survey_requests r"
                        + " JOIN conversations c ON c.id = r.conversation_id WHERE r.id = :id")
                .bind("id", requestId).map((rs, ctx) -> new Target(rs.getLong("channel_instance_id"),
                        new Address(new AddressKind(rs.getString("customer_kind")), rs.getString("customer_address")),
                        Rows.instant(rs, "last_customer_message_at")))
                .one());
        Optional<ChannelInstance> instance = channels.instance(target.instanceId());
        // Asked outside the transaction: the plugin may read its own durable state.
        Optional<String> blocked = instance.isEmpty() ? Optional.of("the conversation's channel is not running")
                : instance.get().sendBlocked(target.address())
                        .or(() -> channels.connector(target.instanceId()).flatMap(c -> SurveyWindow.closed(c.type(),
                                target.lastCustomerMessageAt(), clock.instant())));
        Long messageId = jdbi.inTransaction(h -> {
            Transactions.lockRow(h, "survey_requests", requestId);
            SurveyRequest request = h.createQuery("SELECT * FROM survey_requests WHERE id = :id")
                    .bind("id", requestId).map(SurveyRequest.MAPPER).one();
            if (!request.status().equals("pending")) {
                return null;
            }
            Optional<String> skip = skipReason(h, request).or(() -> blocked);
            if (skip.isPresent()) {
                h.createUpdate("UPDATE survey_requests SET status = 'skipped', reason = :reason WHERE id = :id")
                        .bind("reason", skip.get()).bind("id", requestId).execute();
                return null;
            }
            return send(h, request, target);
        });
        if (messageId != null) {
            outboxWakeUp.run();
            long conversationId = jdbi.withHandle(h -> h.createQuery("SELECT conversation_id FROM messages"
                    + " WHERE id = :id").bind("id", messageId).mapTo(Long.class).one());
            LiveNotice notice = LiveNotice.messageCreated(conversationId, messageId);
            live.publishToAgents(notice.event(), notice.data());
        }
    }

    private Optional<String> skipReason(Handle h, SurveyRequest request) {
        SurveyType type = plugins.surveyTypes().get(request.surveyId());
        if (type == null) {
            return Optional.of("the " + request.surveyId() + " survey plugin is not running");
        }
        if (!settings.find(h, request.surveyId()).enabled()) {
            return Optional.of("the " + request.surveyId() + " survey was switched off");
        }
        String status = h.createQuery("SELECT status FROM conversations WHERE id = :id")
                .bind("id", request.conversationId()).mapTo(String.class).one();
        return status.equals("resolved") ? Optional.empty()
                : Optional.of("the conversation was reopened before the survey was due");
    }

    private long send(Handle h, SurveyRequest request, Target target) {
        SurveyType type = plugins.surveyTypes().get(request.surveyId());
        SurveySettings s = settings.find(h, request.surveyId());
        ConfigValues pluginSettings = type.definition().settings().resolve(s.plugin());
        String language = h.createQuery("SELECT language FROM contacts WHERE id = :id")
                .bind("id", request.contactId()).mapTo(String.class).findOne()
                .filter(l -> !l.isBlank()).orElseGet(() -> settings.desk().defaultLanguage());
        Question question = Question.of(type, s, pluginSettings, language);
        String text = question.text() + "\n\n" + SurveyTexts.link(language) + " " + links.link(request.id());
        Instant now = clock.instant();
        long messageId = h.createUpdate("INSERT INTO messages (conversation_id, channel_instance_id, direction, kind,"
                        + " body_text, automated, properties_json, status, created_at, status_at) VALUES (:conversation,"
                        + " :instance, 'outbound', 'text', :text, TRUE, :properties, 'QUEUED', :now, :now)")
                .bind("conversation", request.conversationId()).bind("instance", target.instanceId())
                .bind("text", text).bind("properties", SurveySettingsStore.json(Map.of("survey", request.surveyId(),
                        "surveyRequest", String.valueOf(request.id()), "choices", question.choices())))
                .bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        h.createUpdate("INSERT INTO outbox (message_id, conversation_id, next_attempt_at, created_at)"
                        + " VALUES (:id, :conversation, :now, :now)")
                .bind("id", messageId).bind("conversation", request.conversationId()).bind("now", now).execute();
        events.append(h, new EventLog.Entry(request.conversationId(), ConversationEventType.AUTOMATED_REPLY, now,
                request.channelType(), null, request.teamId(), messageId, Map.of("survey", request.surveyId())));
        h.createUpdate("UPDATE survey_requests SET status = 'sent', sent_at = :now, message_id = :message,"
                        + " language = :language, settings_json = :settings WHERE id = :id")
                .bind("now", now).bind("message", messageId).bind("language", language)
                .bind("settings", SurveySettingsStore.json(pluginSettings.values())).bind("id", request.id())
                .execute();
        return messageId;
    }

    @Override
    public void close() {
        running = false;
        loop.interrupt();
    }

    private record Target(long instanceId, Address address, Instant lastCustomerMessageAt) {
    }
}
