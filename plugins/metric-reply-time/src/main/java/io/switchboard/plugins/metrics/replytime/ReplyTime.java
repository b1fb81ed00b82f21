package io.switchboard.plugins.metrics.replytime;

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
 * For every agent reply, the time since the oldest customer message it answers (the first
 * customer message after the previous agent reply). A reply that answers no customer
 * message, such as a second reply in a row, yields nothing.
 */
@Extension
public final class ReplyTime implements MetricType {

    private static final MetricDefinition DEFINITION = new MetricDefinition("reply-time", "Reply time",
            "For every agent reply, the time since the oldest customer message it answers.", MetricUnit.SECONDS,
            List.of(Aggregation.MEAN, Aggregation.MEDIAN, Aggregation.P90), null, true);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Observation> observe(ConversationTimeline timeline) {
        return Facts.of(timeline).answeredReplies().stream()
                .map(r -> new Observation(r.key("reply:"), r.seconds(), r.reply().at(), r.reply().agentId()))
                .toList();
    }
}
