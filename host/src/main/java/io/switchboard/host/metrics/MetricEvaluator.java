package io.switchboard.host.metrics;

import io.switchboard.api.conversation.ConversationEvent;
import io.switchboard.api.conversation.ConversationTimeline;
import io.switchboard.api.metric.Observation;
import io.switchboard.host.plugins.BatchMetricType;
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
    /** Conversations per plugin call. */
    private static final int OBSERVE_BATCH = 1000;

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
    int evaluate(Handle h, List<? extends BatchMetricType> metrics, Map<Long, List<ConversationEvent>> timelines,
                 Stored stored, Instant asOf, Levels levels) throws SQLException {
        Map<RollupKey, Rollup> deltas = new HashMap<>();
        Map<String, Double> targets = new HashMap<>();
        int changes = 0;
        List<Long> ids = List.copyOf(timelines.keySet());
        List<ConversationTimeline> asTimelines = new ArrayList<>(ids.size()); // built once for every metric
        for (long id : ids) {
            asTimelines.add(timeline(id, timelines.get(id), asOf));
        }
        for (BatchMetricType metric : metrics) {
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
            List<List<StoredObservation>> observed = observeAll(metric, ids, asTimelines, timelines);
            for (int i = 0; i < ids.size(); i++) {
                List<StoredObservation> now = observed.get(i);
                if (now == null) {
                    failed.add(ids.get(i));
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

    /** Each conversation's observations, attributed, by position; {@code null} where the plugin failed on it. */
    private List<List<StoredObservation>> observeAll(BatchMetricType metric, List<Long> ids,
                                                     List<ConversationTimeline> asTimelines,
                                                     Map<Long, List<ConversationEvent>> timelines) {
        List<List<StoredObservation>> all = new ArrayList<>(ids.size());
        int failures = 0;
        for (int first = 0; first < ids.size(); first += OBSERVE_BATCH) {
            int end = Math.min(ids.size(), first + OBSERVE_BATCH);
            List<List<Observation>> answers = metric.observeEach(asTimelines.subList(first, end));
            for (int i = first; i < end; i++) {
                List<Observation> answer = answers.get(i - first);
                failures += answer == null ? 1 : 0;
                all.add(answer == null ? null : attribute(metric.definition().id(), ids.get(i),
                        timelines.get(ids.get(i)), answer));
            }
        }
        if (failures > 0) {
            LOG.warn("Metric {} failed on {} of {} conversations; their observations are left as they were",
                    metric.definition().id(), failures, ids.size());
        }
        return all;
    }

    private ConversationTimeline timeline(long conversationId, List<ConversationEvent> events, Instant asOf) {
        String channel = events.get(events.size() - 1).channelType();
        return new ConversationTimeline(Long.toString(conversationId), channel, realtimeChannel.test(channel), events,
                asOf);
    }

    /** Credits each observation to its agent and team; one per key (the last wins). */
    private static List<StoredObservation> attribute(String metricId, long conversationId,
                                                     List<ConversationEvent> events, List<Observation> observed) {
        String channel = events.get(events.size() - 1).channelType();
        Map<String, StoredObservation> byKey = new java.util.LinkedHashMap<>();
        for (Observation o : observed) {
            String agent = o.agentId() != null ? o.agentId() : Attribution.assigneeAt(events, o.at());
            byKey.put(o.key(), new StoredObservation(metricId, conversationId, o.key(), o.value(),
                    o.at().truncatedTo(java.time.temporal.ChronoUnit.MICROS), channel, agent,
                    Attribution.teamAt(events, o.at())));
        }
        return List.copyOf(byKey.values());
    }
}
