package io.switchboard.host.metrics;

import io.switchboard.api.conversation.ConversationEvent;
import io.switchboard.api.conversation.ConversationTimeline;
import io.switchboard.api.metric.MetricType;
import io.switchboard.api.metric.Observation;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates metrics over some conversations and stores the difference: observations that are
 * new, changed or gone (a reopened conversation can take back its first contact resolution),
 * and the matching rollup deltas. One call is one transaction's worth.
 */
final class MetricEvaluator {

    private static final Logger LOG = LoggerFactory.getLogger(MetricEvaluator.class);

    /** Loads the stored observations of one metric for the conversations being evaluated. */
    interface Stored {
        List<StoredObservation> of(String metricId) throws SQLException;
    }

    private final ObservationStore observations;
    private final RollupStore rollups;
    private final Predicate<String> realtimeChannel;

    MetricEvaluator(ObservationStore observations, Predicate<String> realtimeChannel) {
        this.observations = observations;
        this.rollups = new RollupStore(observations);
        this.realtimeChannel = realtimeChannel;
    }

    /** Returns the number of observations added, changed or retracted. */
    int evaluate(Handle h, List<MetricType> metrics, Map<Long, List<ConversationEvent>> timelines, Stored stored,
                 Instant asOf, Levels levels) throws SQLException {
        Map<RollupKey, Rollup> deltas = new HashMap<>();
        Map<String, Double> targets = new HashMap<>();
        int changes = 0;
        for (MetricType metric : metrics) {
            String metricId = metric.definition().id();
            Double target = metric.definition().defaultTarget();
            targets.put(metricId, target);
            Map<String, StoredObservation> before = new HashMap<>();
            for (StoredObservation o : stored.of(metricId)) {
                before.put(o.conversationId() + "\n" + o.key(), o);
            }
            List<StoredObservation> gone = new ArrayList<>();
            List<StoredObservation> added = new ArrayList<>();
            Set<Long> failed = new HashSet<>();
            for (Map.Entry<Long, List<ConversationEvent>> c : timelines.entrySet()) {
                List<StoredObservation> now = observe(metric, c.getKey(), c.getValue(), asOf);
                if (now == null) {
                    failed.add(c.getKey());
                    continue;
                }
                for (StoredObservation o : now) {
                    StoredObservation old = before.remove(o.conversationId() + "\n" + o.key());
                    if (!o.sameAs(old)) {
                        if (old != null) {
                            gone.add(old);
                        }
                        added.add(o);
                    }
                }
            }
            before.values().stream().filter(o -> !failed.contains(o.conversationId())).forEach(gone::add);
            observations.delete(h, gone);
            observations.insert(h, added);
            for (StoredObservation o : gone) {
                RollupKey.of(o, levels).forEach(k -> deltas.computeIfAbsent(k, x -> new Rollup()).remove(o.value(), target));
            }
            for (StoredObservation o : added) {
                RollupKey.of(o, levels).forEach(k -> deltas.computeIfAbsent(k, x -> new Rollup()).add(o.value(), target));
            }
            changes += gone.size() + added.size();
        }
        rollups.apply(h, deltas, targets::get, levels);
        return changes;
    }

    /** The conversation's observations, attributed; {@code null} when the plugin failed on it. */
    private List<StoredObservation> observe(MetricType metric, long conversationId, List<ConversationEvent> events,
                                            Instant asOf) {
        String channel = events.get(events.size() - 1).channelType();
        ConversationTimeline timeline = new ConversationTimeline(Long.toString(conversationId), channel,
                realtimeChannel.test(channel), events, asOf);
        List<Observation> observed;
        try {
            observed = metric.observe(timeline);
        } catch (RuntimeException e) {
            LOG.warn("Metric {} failed on conversation {}; its observations are left as they were",
                    metric.definition().id(), conversationId, e);
            return null;
        }
        Map<String, StoredObservation> byKey = new java.util.LinkedHashMap<>();
        for (Observation o : observed) {
            String agent = o.agentId() != null ? o.agentId() : Attribution.assigneeAt(events, o.at());
            byKey.put(o.key(), new StoredObservation(metric.definition().id(), conversationId, o.key(), o.value(),
                    o.at().truncatedTo(java.time.temporal.ChronoUnit.MICROS), channel, agent,
                    Attribution.teamAt(events, o.at())));
        }
        return List.copyOf(byKey.values());
    }
}
