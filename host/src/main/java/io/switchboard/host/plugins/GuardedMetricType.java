package io.switchboard.host.plugins;

import io.switchboard.api.conversation.ConversationTimeline;
import io.switchboard.api.metric.MetricDefinition;
import io.switchboard.api.metric.MetricType;
import io.switchboard.api.metric.Observation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A plugin's metric type as the host sees it: its definition read once (through the guard)
 * when listed, every observation through the {@link PluginGuard}, so a metric plugin that
 * throws, hangs or answers null is counted, stopped when it keeps failing, and never stalls the
 * metrics worker beyond the guard's timeout. {@link #observeEach} enters the plugin once for
 * many conversations: a backfill of a million conversations would otherwise spend more time
 * handing calls to guard threads than the plugin spends observing.
 */
final class GuardedMetricType implements BatchMetricType {

    private static final String OBSERVE = "metric.observe";

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
        return guard.call(pluginId, OBSERVE, () -> plugin.observe(timeline));
    }

    @Override
    public List<List<Observation>> observeEach(List<ConversationTimeline> timelines) {
        Answers answers;
        try {
            answers = guard.call(pluginId, OBSERVE, () -> observeInTurn(timelines));
        } catch (PluginCallException e) {
            return Collections.nCopies(timelines.size(), null); // timed out or refused: counted once, nothing known
        }
        guard.countItems(pluginId, OBSERVE, answers.failures());
        return answers.observations();
    }

    /** Runs on a guard thread: one timeline after another, each failure kept apart from the rest. */
    private Answers observeInTurn(List<ConversationTimeline> timelines) {
        List<List<Observation>> observations = new ArrayList<>(timelines.size());
        List<String> failures = new ArrayList<>(timelines.size());
        for (ConversationTimeline timeline : timelines) {
            String failure;
            List<Observation> observed = null;
            try {
                observed = plugin.observe(timeline);
                failure = observed == null ? "returned null for conversation " + timeline.conversationId() : null;
            } catch (RuntimeException e) {
                failure = e.getClass().getName() + " on conversation " + timeline.conversationId() + ": "
                        + e.getMessage();
            }
            observations.add(failure == null ? observed : null);
            failures.add(failure);
        }
        return new Answers(observations, failures);
    }

    private record Answers(List<List<Observation>> observations, List<String> failures) {
    }
}
