package io.switchboard.host.plugins;

import io.switchboard.api.conversation.ConversationTimeline;
import io.switchboard.api.metric.MetricDefinition;
import io.switchboard.api.metric.MetricType;
import io.switchboard.api.metric.Observation;
import java.util.List;

/**
 * A plugin's metric type as the host sees it: its definition read once (through the guard)
 * when listed, every observation through the {@link PluginGuard}, so a metric plugin that
 * throws, hangs or answers null is counted, stopped when it keeps failing, and never stalls the
 * metrics worker beyond the guard's timeout.
 */
final class GuardedMetricType implements MetricType {

    private final String pluginId;
    private final MetricType plugin;
    private final PluginGuard guard;
    private final MetricDefinition definition;

    GuardedMetricType(String pluginId, MetricType plugin, PluginGuard guard) {
        this.pluginId = pluginId;
        this.plugin = plugin;
        this.guard = guard;
        this.definition = guard.call(pluginId, "metric.definition", plugin::definition);
    }

    @Override
    public MetricDefinition definition() {
        return definition;
    }

    @Override
    public List<Observation> observe(ConversationTimeline timeline) {
        return guard.call(pluginId, "metric.observe", () -> plugin.observe(timeline));
    }
}
