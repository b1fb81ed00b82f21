package io.switchboard.plugins.metrics.firstresponse;

import static io.switchboard.plugins.metrics.common.Timelines.chat;
import static io.switchboard.plugins.metrics.common.Timelines.minute;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.api.metric.Observation;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstResponseTimeTest {

    private final FirstResponseTime metric = new FirstResponseTime();

    @Test
    void measuresFromFirstCustomerMessageToFirstAgentReplyCreditingTheReplier() {
        var timeline = chat().opened(0).customer(0).customer(3).reply(12.5, "7").reply(20, "8").at(30);
        assertEquals(List.of(new Observation("first", 750, minute(12.5), "7")), metric.observe(timeline));
    }

    @Test
    void automatedRepliesAutomatedMessagesAndNotesDoNotAnswer() {
        var timeline = chat().opened(0).automatedMessage(0).customer(1).automatedReply(1.1).note(2, "7")
                .reply(31, "7").at(40);
        assertEquals(List.of(new Observation("first", 1800, minute(31), "7")), metric.observe(timeline));
    }

    @Test
    void yieldsNothingBeforeTheFirstReply() {
        assertEquals(List.of(), metric.observe(chat().opened(0).customer(0).automatedReply(0.1).at(10)));
    }

    @Test
    void anAgentReplyBeforeAnyCustomerMessageIsNotAResponse() {
        var timeline = chat().opened(0).reply(1, "7").customer(5).reply(6, "7").at(10);
        assertEquals(List.of(new Observation("first", 60, minute(6), "7")), metric.observe(timeline));
    }

    @Test
    void declaresASixHourTarget() {
        assertEquals(21_600.0, metric.definition().defaultTarget());
    }
}
