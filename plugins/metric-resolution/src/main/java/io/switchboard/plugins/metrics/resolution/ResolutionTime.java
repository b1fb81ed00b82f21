package io.switchboard.plugins.metrics.resolution;

import io.switchboard.api.conversation.ConversationTimeline;
import io.switchboard.api.metric.Aggregation;
import io.switchboard.api.metric.MetricDefinition;
import io.switchboard.api.metric.MetricType;
import io.switchboard.api.metric.MetricUnit;
import io.switchboard.api.metric.Observation;
import io.switchboard.plugins.metrics.common.Facts;
import java.util.List;

import org.pf4j.Extension;

/**
 * Time from the conversation's creation to its last resolution, counted while the
 * conversation is resolved: a reopen retracts it until the next resolution replaces it. It
 * is credited to the conversation's assignee at the resolution.
 */
@Extension
public final class ResolutionTime implements MetricType {

    private static final MetricDefinition DEFINITION = new MetricDefinition("resolution-time", "Resolution time",
            "Time from the conversation's creation to its last resolution.", MetricUnit.SECONDS,
            List.of(Aggregation.MEAN, Aggregation.MEDIAN, Aggregation.P90), null, true);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Observation> observe(ConversationTimeline timeline) {
        Facts facts = Facts.of(timeline);
        var opened = facts.openedAt();
        return facts.currentResolution().filter(r -> opened.isPresent())
                .map(r -> List.of(new Observation("resolution", Facts.seconds(opened.get(), r.at()), r.at(), null)))
                .orElse(List.of());
    }
}
