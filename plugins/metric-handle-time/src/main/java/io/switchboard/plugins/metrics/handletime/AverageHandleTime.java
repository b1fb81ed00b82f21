package io.switchboard.plugins.metrics.handletime;

import io.switchboard.api.conversation.ConversationEvent;
import io.switchboard.api.conversation.ConversationEventType;
import io.switchboard.api.conversation.ConversationTimeline;
import io.switchboard.api.metric.Aggregation;
import io.switchboard.api.metric.MetricDefinition;
import io.switchboard.api.metric.MetricType;
import io.switchboard.api.metric.MetricUnit;
import io.switchboard.api.metric.Observation;
import io.switchboard.plugins.metrics.common.Facts;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Handle time by kind of channel. Calls: each answered call's talk time (answered to hang-up,
 * hold included, as the provider reports it). Real-time chat: from the first agent reply to
 * the last customer message or agent reply before the current resolution. Asynchronous
 * channels: each agent reply's response time (since the oldest customer message it answers).
 */
@Extension
public final class AverageHandleTime implements MetricType {

    private static final MetricDefinition DEFINITION = new MetricDefinition("average-handle-time",
            "Average handle time", "Call talk time, chat handling span, or an asynchronous reply's response time.",
            MetricUnit.SECONDS, List.of(Aggregation.MEAN, Aggregation.MEDIAN, Aggregation.P90), null, true);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Observation> observe(ConversationTimeline timeline) {
        Facts facts = Facts.of(timeline);
        if (facts.isVoice()) {
            return calls(facts);
        }
        if (timeline.realtime()) {
            return chat(facts).map(List::of).orElse(List.of());
        }
        return facts.answeredReplies().stream()
                .map(r -> new Observation(r.key("reply:"), r.seconds(), r.reply().at(), r.reply().agentId()))
                .toList();
    }

    private static List<Observation> calls(Facts facts) {
        return facts.calls().entrySet().stream()
                .filter(c -> c.getValue().attribute("answered").map(Boolean::parseBoolean).orElse(false))
                .map(c -> new Observation("call:" + c.getKey(), talkSeconds(c.getValue()), c.getValue().at(),
                        c.getValue().agentId()))
                .toList();
    }

    private static double talkSeconds(ConversationEvent call) {
        try {
            return Math.max(0, Double.parseDouble(call.attribute("talkSeconds").orElse("0")));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Optional<Observation> chat(Facts facts) {
        Optional<ConversationEvent> resolution = facts.currentResolution();
        Optional<ConversationEvent> firstReply = facts.events().stream()
                .filter(e -> e.type() == ConversationEventType.AGENT_REPLY).findFirst();
        if (resolution.isEmpty() || firstReply.isEmpty() || firstReply.get().sequence() > resolution.get().sequence()) {
            return Optional.empty();
        }
        ConversationEvent last = firstReply.get();
        for (ConversationEvent e : facts.events()) {
            boolean message = e.type() == ConversationEventType.CUSTOMER_MESSAGE
                    || e.type() == ConversationEventType.AGENT_REPLY;
            if (message && e.sequence() > last.sequence() && e.sequence() < resolution.get().sequence()) {
                last = e;
            }
        }
        return Optional.of(new Observation("chat", Facts.seconds(firstReply.get().at(), last.at()),
                resolution.get().at(), null));
    }
}
