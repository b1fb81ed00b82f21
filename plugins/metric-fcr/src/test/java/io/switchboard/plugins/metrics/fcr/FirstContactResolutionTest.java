package io.switchboard.plugins.metrics.fcr;

import static io.switchboard.plugins.metrics.common.Timelines.chat;
import static io.switchboard.plugins.metrics.common.Timelines.minute;
import static io.switchboard.plugins.metrics.common.Timelines.voice;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.api.metric.Observation;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstContactResolutionTest {

    private static final double DAY = 1440;
    private final FirstContactResolution metric = new FirstContactResolution();

    private double value(io.switchboard.api.conversation.ConversationTimeline timeline) {
        List<Observation> observations = metric.observe(timeline);
        assertEquals(1, observations.size());
        return observations.get(0).value();
    }

    @Test
    void oneReplyThenResolvedIsFirstContactResolution() {
        var timeline = chat().opened(0).customer(0).automatedReply(0.1).note(1, "7").reply(2, "7").resolved(5).at(6);
        assertEquals(List.of(new Observation("fcr", 1, minute(5), null)), metric.observe(timeline));
    }

    @Test
    void twoRepliesAreNot() {
        assertEquals(0, value(chat().opened(0).customer(0).reply(2, "7").reply(3, "7").resolved(5).at(6)));
    }

    @Test
    void aCustomerMessageAfterTheReplyIsNot() {
        assertEquals(0, value(chat().opened(0).customer(0).reply(2, "7").customer(3).resolved(5).at(6)));
    }

    @Test
    void resolvedWithoutAnyReplyIsNot() {
        assertEquals(0, value(chat().opened(0).customer(0).resolved(5).at(6)));
    }

    @Test
    void aReopenWithinSevenDaysRetractsIt() {
        var timeline = chat().opened(0).customer(0).reply(2, "7").resolved(5);
        assertEquals(1, value(timeline.at(6)));
        assertEquals(0, value(timeline.customer(5 + 6 * DAY).reopened(5 + 6 * DAY).at(5 + 6 * DAY)));
    }

    @Test
    void aReopenAfterTheWindowKeepsIt() {
        var timeline = chat().opened(0).customer(0).reply(2, "7").resolved(5).customer(6 + 7 * DAY)
                .reopened(6 + 7 * DAY).reply(7 + 7 * DAY, "7").resolved(8 + 7 * DAY);
        assertEquals(List.of(new Observation("fcr", 1, minute(5), null)), metric.observe(timeline.at(9 + 7 * DAY)));
    }

    @Test
    void aCallConversationNeedsExactlyOneAnsweredCall() {
        assertEquals(1, value(voice().opened(0).callEnded(4, "CA1", 240, true).resolved(5).at(6)));
        assertEquals(0, value(voice().opened(0).callEnded(4, "CA1", 0, false).callEnded(9, "CA2", 60, true)
                .resolved(10).at(11)));
    }

    @Test
    void aCorrectedEndOfTheSameCallIsStillOneCall() {
        assertEquals(1, value(voice().opened(0).callEnded(4, "CA1", 200, true).callEnded(4, "CA1", 240, true)
                .resolved(5).at(6)));
    }

    @Test
    void anUnresolvedConversationYieldsNothing() {
        assertEquals(List.of(), metric.observe(chat().opened(0).customer(0).reply(1, "7").at(2)));
    }
}
