package io.switchboard.host.metrics;

import io.switchboard.api.channel.Address;
import io.switchboard.api.conversation.ConversationEventType;
import io.switchboard.host.contacts.ContactStore;
import io.switchboard.host.conversations.ConversationStore;
import io.switchboard.host.conversations.EventLog;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes a conversation's events with chosen timestamps through the host's own EventLog (what
 * the ingest and reply paths call), on a channel instance of the given type.
 */
final class ConversationScript {

    private static int contacts;
    private final Jdbi jdbi;
    private final String channelType;
    private final long conversationId;
    private final Instant t0;
    private Long team;
    private Long assignee;

    private ConversationScript(Jdbi jdbi, String channelType, long conversationId, Instant t0) {
        this.jdbi = jdbi;
        this.channelType = channelType;
        this.conversationId = conversationId;
        this.t0 = t0;
    }

    static ConversationScript open(Jdbi jdbi, Clock clock, String channelType, Instant t0) {
        long instance = instance(jdbi, channelType);
        long id = jdbi.inTransaction(h -> {
            Address address = Address.phone("+1555000" + String.format("%04d", ++contacts));
            long contact = new ContactStore(jdbi, clock).resolve(h, address, null);
            return new ConversationStore(clock).create(h, contact, instance, address, null, t0).id();
        });
        ConversationScript script = new ConversationScript(jdbi, channelType, id, t0);
        return script.event(ConversationEventType.OPENED, 0, null, Map.of());
    }

    long id() {
        return conversationId;
    }

    ConversationScript team(long teamId) {
        this.team = teamId;
        return this;
    }

    ConversationScript assigned(double minute, long agent) {
        assignee = agent;
        return event(ConversationEventType.ASSIGNED, minute, agent, Map.of());
    }

    ConversationScript customer(double minute) {
        return event(ConversationEventType.CUSTOMER_MESSAGE, minute, null, Map.of());
    }

    ConversationScript automatedMessage(double minute) {
        return event(ConversationEventType.AUTOMATED_MESSAGE, minute, null, Map.of());
    }

    ConversationScript botReply(double minute) {
        return event(ConversationEventType.AUTOMATED_REPLY, minute, null, Map.of());
    }

    ConversationScript note(double minute, long agent) {
        return event(ConversationEventType.NOTE, minute, agent, Map.of());
    }

    ConversationScript reply(double minute, long agent) {
        return event(ConversationEventType.AGENT_REPLY, minute, agent, Map.of());
    }

    ConversationScript resolved(double minute) {
        return event(ConversationEventType.STATUS_CHANGED, minute, null, Map.of("from", "open", "to", "resolved"));
    }

    /** A customer writes to a resolved conversation: the message, then the reopen (as MessageIngest logs it). */
    ConversationScript customerReopens(double minute) {
        customer(minute);
        return event(ConversationEventType.STATUS_CHANGED, minute, null, Map.of("from", "resolved", "to", "open"));
    }

    ConversationScript callEnded(double minute, String callId, long talkSeconds) {
        return event(ConversationEventType.CALL_ENDED, minute, null, Map.of("callId", callId, "talkSeconds",
                String.valueOf(talkSeconds), "answered", "true", "voicemail", "false", "direction", "inbound"));
    }

    ConversationScript surveyAnswered(double minute) {
        return event(ConversationEventType.SURVEY_ANSWERED, minute, null, Map.of("survey", "csat", "value", "5"));
    }

    private ConversationScript event(ConversationEventType type, double minute, Long agent,
                                     Map<String, String> attributes) {
        Instant at = t0.plusMillis((long) (minute * 60_000));
        jdbi.useTransaction(h -> new EventLog().append(h, new EventLog.Entry(conversationId, type, at, channelType,
                agent != null ? agent : assignee, team, null, attributes)));
        return this;
    }

    /** Any instance: the metrics read the channel type from the events, which is what varies here. */
    private static long instance(Jdbi jdbi, String type) {
        return jdbi.withHandle(h -> h.createQuery("SELECT MIN(id) FROM channel_instances").mapTo(Long.class).one());
    }
}
