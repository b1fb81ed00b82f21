package io.switchboard.plugins.metrics.common;

import io.switchboard.api.conversation.ConversationEvent;
import io.switchboard.api.conversation.ConversationEventType;
import io.switchboard.api.conversation.ConversationTimeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds conversation timelines for metric tests: events at minutes after a fixed start. */
public final class Timelines {

    public static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");

    private final String channel;
    private final boolean realtime;
    private final List<ConversationEvent> events = new ArrayList<>();
    private String assignee;

    private Timelines(String channel, boolean realtime) {
        this.channel = channel;
        this.realtime = realtime;
    }

    public static Timelines chat() {
        return new Timelines("webchat", true);
    }

    public static Timelines email() {
        return new Timelines("email", false);
    }

    public static Timelines voice() {
        return new Timelines("voice", false);
    }

    public static Instant minute(double m) {
        return T0.plusMillis((long) (m * 60_000));
    }

    public Timelines add(ConversationEventType type, double minute, String agent, Map<String, String> attributes) {
        events.add(new ConversationEvent(events.size() + 1, "c1", type, minute(minute), channel,
                agent == null ? assignee : agent, "t1", null, attributes));
        return this;
    }

    public Timelines opened(double m) {
        return add(ConversationEventType.OPENED, m, null, Map.of());
    }

    public Timelines customer(double m) {
        return add(ConversationEventType.CUSTOMER_MESSAGE, m, null, Map.of());
    }

    public Timelines reply(double m, String agent) {
        return add(ConversationEventType.AGENT_REPLY, m, agent, Map.of());
    }

    public Timelines automatedReply(double m) {
        return add(ConversationEventType.AUTOMATED_REPLY, m, null, Map.of());
    }

    public Timelines automatedMessage(double m) {
        return add(ConversationEventType.AUTOMATED_MESSAGE, m, null, Map.of());
    }

    public Timelines note(double m, String agent) {
        return add(ConversationEventType.NOTE, m, agent, Map.of());
    }

    public Timelines assigned(double m, String agent) {
        assignee = agent;
        return add(ConversationEventType.ASSIGNED, m, agent, Map.of());
    }

    public Timelines status(double m, String from, String to) {
        return add(ConversationEventType.STATUS_CHANGED, m, null, Map.of("from", from, "to", to));
    }

    public Timelines resolved(double m) {
        return status(m, "open", "resolved");
    }

    public Timelines reopened(double m) {
        return status(m, "resolved", "open");
    }

    public Timelines callEnded(double m, String callId, long talkSeconds, boolean answered) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("callId", callId);
        attributes.put("talkSeconds", String.valueOf(talkSeconds));
        attributes.put("answered", String.valueOf(answered));
        attributes.put("voicemail", "false");
        return add(ConversationEventType.CALL_ENDED, m, null, attributes);
    }

    public ConversationTimeline at(double minute) {
        return new ConversationTimeline("c1", channel, realtime, events, minute(minute));
    }

    public ConversationTimeline atDays(double days) {
        return new ConversationTimeline("c1", channel, realtime, events, T0.plus(Duration.ofMinutes((long) (days * 1440))));
    }
}
