package io.switchboard.plugins.metrics.firstresponse;

import io.switchboard.api.conversation.ConversationEvent;
import io.switchboard.api.conversation.ConversationEventType;
import io.switchboard.api.conversation.ConversationTimeline;
import io.switchboard.api.metric.Aggregation;
import io.switchboard.api.metric.MetricDefinition;
import io.switchboard.api.metric.MetricType;
import io.switchboard.api.metric.MetricUnit;
import io.switchboard.api.metric.Observation;
import io.switchboard.plugins.metrics.common.Facts;
import java.time.Instant;
import java.util.List;
import org.pf4j.Extension;

/**
 * Time from the first customer message to the first agent reply after it, credited to the
 * replying agent at the moment of the reply. Automated replies, survey messages and notes
 * have event types of their own and never answer.
 */
@Extension
public final class FirstResponseTime implements MetricType {

    /** Six hours, in seconds: the default first-response target. */
    public static final double DEFAULT_TARGET_SECONDS = 6 * 3600;

    private static final MetricDefinition DEFINITION = new MetricDefinition("first-response-time",
            "First response time", "Time from the first customer message to the first agent reply.",
            MetricUnit.SECONDS, List.of(Aggregation.MEAN, Aggregation.MEDIAN, Aggregation.P90, Aggregation.MAX,
            Aggregation.WITHIN_TARGET), DEFAULT_TARGET_SECONDS, true);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Observation> observe(ConversationTimeline timeline) {
        Instant firstCustomer = null;
        for (ConversationEvent e : Facts.of(timeline).events()) {
            if (firstCustomer == null && e.type() == ConversationEventType.CUSTOMER_MESSAGE) {
                firstCustomer = e.at();
            } else if (firstCustomer != null && e.type() == ConversationEventType.AGENT_REPLY) {
                return List.of(new Observation("first", Facts.seconds(firstCustomer, e.at()), e.at(), e.agentId()));
            }
        }
        return List.of();
    }
}
