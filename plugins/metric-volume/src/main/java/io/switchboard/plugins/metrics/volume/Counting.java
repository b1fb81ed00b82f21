package io.switchboard.plugins.metrics.volume;

import io.switchboard.api.conversation.ConversationEventType;
import io.switchboard.api.conversation.ConversationTimeline;
import io.switchboard.api.metric.Aggregation;
import io.switchboard.api.metric.MetricDefinition;
import io.switchboard.api.metric.MetricUnit;
import io.switchboard.api.metric.Observation;
import java.util.List;

/** One observation of value 1 per event of a type, keyed by the event's position in the log. */
final class Counting {

    private Counting() {
    }

    static MetricDefinition definition(String id, String name, String description) {
        return new MetricDefinition(id, name, description, MetricUnit.COUNT, List.of(Aggregation.COUNT), null, false);
    }

    static List<Observation> count(ConversationTimeline timeline, ConversationEventType type, boolean firstOnly) {
        var matching = timeline.events().stream().filter(e -> e.type() == type)
                .map(e -> new Observation(type.name().toLowerCase(java.util.Locale.ROOT) + ":" + e.sequence(), 1,
                        e.at(), e.agentId()))
                .toList();
        return firstOnly && matching.size() > 1 ? matching.subList(0, 1) : matching;
    }
}
