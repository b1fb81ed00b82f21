package io.switchboard.plugins.metrics.volume;

import static io.switchboard.plugins.metrics.common.Timelines.chat;
import static io.switchboard.plugins.metrics.common.Timelines.minute;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.api.metric.Observation;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolumeTest {

    private final io.switchboard.api.conversation.ConversationTimeline timeline = chat().opened(0).customer(0)
            .automatedMessage(0.5).automatedReply(1).customer(2).note(3, "7").reply(4, "7").at(5);

    @Test
    void countsTheOpening() {
        assertEquals(List.of(new Observation("opened:1", 1, minute(0), null)),
                new ConversationsOpened().observe(timeline));
    }

    @Test
    void countsCustomerMessagesButNotAutomatedOnes() {
        assertEquals(List.of(new Observation("customer_message:2", 1, minute(0), null),
                new Observation("customer_message:5", 1, minute(2), null)), new CustomerMessages().observe(timeline));
    }

    @Test
    void countsAgentRepliesButNotAutomatedRepliesOrNotes() {
        assertEquals(List.of(new Observation("agent_reply:7", 1, minute(4), "7")), new AgentReplies().observe(timeline));
    }
}
