package io.switchboard.api.metric;

import io.switchboard.api.conversation.ConversationTimeline;
import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * The extension point of a metric plugin. A metric is a pure function from a conversation's
 * timeline to its observations: it keeps no state and does no I/O, so the host can call it
 * for live events and for backfills alike, from any thread.
 *
 * @since 1.0
 */
public interface MetricType extends ExtensionPoint {

    /**
     * What this metric is.
     *
     * @return the definition
     * @since 1.0
     */
    MetricDefinition definition();

    /**
     * Every observation the conversation yields so far. The host diffs the result against
     * the previous evaluation by {@link Observation#key()}.
     *
     * @param timeline the conversation's events so far
     * @return the observations; empty when the metric does not apply yet
     * @since 1.0
     */
    List<Observation> observe(ConversationTimeline timeline);
}
