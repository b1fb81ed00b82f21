package io.switchboard.plugins.metrics.common;

import io.switchboard.api.conversation.ConversationEvent;
import io.switchboard.api.conversation.ConversationEventType;
import io.switchboard.api.conversation.ConversationTimeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A conversation timeline read in the words of the metric definitions: customer messages,
 * agent replies (never automated replies, surveys or notes, which have types of their own),
 * resolutions and calls. Events are taken in log order.
 */
public final class Facts {

    /** The status id a conversation has once resolved. */
    public static final String RESOLVED = "resolved";

    private final ConversationTimeline timeline;
    private final List<ConversationEvent> events;

    private Facts(ConversationTimeline timeline) {
        this.timeline = timeline;
        List<ConversationEvent> sorted = new ArrayList<>(timeline.events());
        sorted.sort(Comparator.comparingLong(ConversationEvent::sequence));
        this.events = List.copyOf(sorted);
    }

    public static Facts of(ConversationTimeline timeline) {
        return new Facts(timeline);
    }

    public ConversationTimeline timeline() {
        return timeline;
    }

    public List<ConversationEvent> events() {
        return events;
    }

    public List<ConversationEvent> ofType(ConversationEventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    /** When the conversation was created: its OPENED event, else its first event. */
    public Optional<Instant> openedAt() {
        return events.stream().filter(e -> e.type() == ConversationEventType.OPENED).findFirst()
                .or(() -> events.stream().findFirst()).map(ConversationEvent::at);
    }

    /** Status changes to resolved, in order. */
    public List<ConversationEvent> resolutions() {
        return events.stream().filter(Facts::isResolution).toList();
    }

    /** The resolution the conversation is in now, if its latest status change resolved it. */
    public Optional<ConversationEvent> currentResolution() {
        ConversationEvent last = null;
        for (ConversationEvent e : events) {
            if (e.type() == ConversationEventType.STATUS_CHANGED) {
                last = e;
            }
        }
        return Optional.ofNullable(last).filter(Facts::isResolution);
    }

    public static boolean isResolution(ConversationEvent e) {
        return e.type() == ConversationEventType.STATUS_CHANGED && RESOLVED.equals(e.attributes().get("to"));
    }

    /** A status change away from resolved. */
    public static boolean isReopen(ConversationEvent e) {
        return e.type() == ConversationEventType.STATUS_CHANGED && RESOLVED.equals(e.attributes().get("from"))
                && !RESOLVED.equals(e.attributes().get("to"));
    }

    /** Whether the conversation is a call conversation: it has calls. */
    public boolean isVoice() {
        return events.stream().anyMatch(e -> e.type() == ConversationEventType.CALL_ENDED);
    }

    /**
     * The calls, by call id: the latest {@code CALL_ENDED} of each call id counts (a late
     * provider callback can correct talk time), in the order the calls first ended.
     */
    public Map<String, ConversationEvent> calls() {
        Map<String, ConversationEvent> byId = new LinkedHashMap<>();
        for (ConversationEvent e : ofType(ConversationEventType.CALL_ENDED)) {
            byId.put(e.attribute("callId").orElse("seq:" + e.sequence()), e);
        }
        return byId;
    }

    /**
     * Every agent reply that answers at least one customer message, with the oldest customer
     * message it answers: the first customer message after the previous agent reply.
     */
    public List<AnsweredReply> answeredReplies() {
        List<AnsweredReply> answered = new ArrayList<>();
        Instant oldestUnanswered = null;
        for (ConversationEvent e : events) {
            if (e.type() == ConversationEventType.CUSTOMER_MESSAGE && oldestUnanswered == null) {
                oldestUnanswered = e.at();
            } else if (e.type() == ConversationEventType.AGENT_REPLY) {
                if (oldestUnanswered != null) {
                    answered.add(new AnsweredReply(e, oldestUnanswered));
                }
                oldestUnanswered = null;
            }
        }
        return answered;
    }

    /** Seconds from {@code from} to {@code to}, with millisecond precision; never negative. */
    public static double seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMillis()) / 1000.0;
    }

    /** An agent reply and the oldest customer message it answers. */
    public record AnsweredReply(ConversationEvent reply, Instant since) {

        public double seconds() {
            return Facts.seconds(since, reply.at());
        }

        /** A key stable across evaluations: the reply's position in the log. */
        public String key(String prefix) {
            return prefix + reply.sequence();
        }
    }
}
