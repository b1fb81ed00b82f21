package io.switchboard.plugins.metrics.handletime;

import static io.switchboard.plugins.metrics.common.Timelines.chat;
import static io.switchboard.plugins.metrics.common.Timelines.email;
import static io.switchboard.plugins.metrics.common.Timelines.minute;
import static io.switchboard.plugins.metrics.common.Timelines.voice;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.api.metric.Observation;
import java.util.List;
import org.junit.jupiter.api.Test;

class AverageHandleTimeTest {

    private final AverageHandleTime metric = new AverageHandleTime();

    @Test
    void aCallCountsItsTalkTimeAndAMissedCallNothing() {
        var timeline = voice().opened(0).assigned(0, "7").callEnded(1, "CA0", 0, false)
                .callEnded(10, "CA1", 300, true).callEnded(10.2, "CA1", 330, true).resolved(11).at(12);
        assertEquals(List.of(new Observation("call:CA1", 330, minute(10.2), "7")), metric.observe(timeline));
    }

    @Test
    void aChatCountsFromTheFirstAgentReplyToTheLastMessageBeforeResolution() {
        var timeline = chat().opened(0).customer(0).automatedReply(0.1).reply(2, "7").customer(5).reply(9, "7")
                .automatedReply(10).note(11, "7").resolved(30);
        assertEquals(List.of(new Observation("chat", 420, minute(30), null)), metric.observe(timeline.at(31)));
    }

    @Test
    void anUnresolvedChatHasNoHandleTimeYet() {
        assertEquals(List.of(), metric.observe(chat().opened(0).customer(0).reply(2, "7").at(5)));
    }

    @Test
    void anAsynchronousReplyCountsItsResponseTime() {
        var timeline = email().opened(0).customer(0).reply(90, "7").customer(100).reply(130, "8").at(131);
        assertEquals(List.of(new Observation("reply:3", 5400, minute(90), "7"),
                new Observation("reply:5", 1800, minute(130), "8")), metric.observe(timeline));
    }
}
