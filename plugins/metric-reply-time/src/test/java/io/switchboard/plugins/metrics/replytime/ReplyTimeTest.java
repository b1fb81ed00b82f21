package io.switchboard.plugins.metrics.replytime;

import static io.switchboard.plugins.metrics.common.Timelines.email;
import static io.switchboard.plugins.metrics.common.Timelines.minute;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.api.metric.Observation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyTimeTest {

    private final ReplyTime metric = new ReplyTime();

    @Test
    void everyReplyIsTimedFromTheOldestCustomerMessageItAnswers() {
        var timeline = email().opened(0).customer(0).customer(10).reply(30, "7").customer(40).reply(45, "8").at(50);
        assertEquals(List.of(new Observation("reply:4", 1800, minute(30), "7"),
                new Observation("reply:6", 300, minute(45), "8")), metric.observe(timeline));
    }

    @Test
    void aSecondReplyInARowAnswersNothing() {
        var timeline = email().opened(0).customer(0).reply(1, "7").reply(2, "7").at(3);
        assertEquals(List.of(new Observation("reply:3", 60, minute(1), "7")), metric.observe(timeline));
    }

    @Test
    void automatedRepliesAndNotesAreNotReplies() {
        var timeline = email().opened(0).customer(0).automatedReply(0.5).note(1, "7").reply(2, "7").at(3);
        assertEquals(List.of(new Observation("reply:5", 120, minute(2), "7")), metric.observe(timeline));
    }
}
