package io.switchboard.plugins.metrics.volume;

import io.switchboard.api.conversation.ConversationEventType;
import io.switchboard.api.conversation.ConversationTimeline;
import io.switchboard.api.metric.MetricDefinition;
import io.switchboard.api.metric.MetricType;
import io.switchboard.api.metric.Observation;
import java.util.List;
import org.pf4j.Extension;

/** Volume: Customer messages, one observation of 1 per event. */
@Extension
public final class CustomerMessages implements MetricType {

    private static final MetricDefinition DEFINITION = Counting.definition("customer-messages", "Customer messages", "A customer wrote a message.");

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Observation> observe(ConversationTimeline timeline) {
        return Counting.count(timeline, ConversationEventType.CUSTOMER_MESSAGE, false);
    }
}
