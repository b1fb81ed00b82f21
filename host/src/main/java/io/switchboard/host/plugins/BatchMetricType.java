package io.switchboard.host.plugins;

import io.switchboard.api.conversation.ConversationTimeline;
import io.switchboard.api.metric.MetricType;
import io.switchboard.api.metric.Observation;
import java.util.List;

/**
 * A metric type as the host's metrics feature uses it: asked about many conversations in one
 * go. The metric plugins implement {@link MetricType} only; {@link PluginHost#metricTypes()}
 * hands them out wrapped in the guard, which adds this, so a backfill enters the plugin once per
 * batch instead of once per conversation.
 */
public interface BatchMetricType extends MetricType {

    /**
     * The observations of each timeline, by position; {@code null} where the metric failed on
     * that timeline (already counted against its plugin).
     */
    List<List<Observation>> observeEach(List<ConversationTimeline> timelines);
}
