package io.switchboard.plugins.metrics.resolution;

import static io.switchboard.plugins.metrics.common.Timelines.chat;
import static io.switchboard.plugins.metrics.common.Timelines.minute;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.api.metric.Observation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolutionTimeTest {

    private final ResolutionTime metric = new ResolutionTime();

    @Test
    void measuresFromCreationToResolution() {
        var timeline = chat().opened(0).customer(0).reply(5, "7").resolved(60).at(61);
        assertEquals(List.of(new Observation("resolution", 3600, minute(60), null)), metric.observe(timeline));
    }

    @Test
    void aReopenedConversationHasNoResolutionTimeUntilResolvedAgain() {
        var reopened = chat().opened(0).customer(0).reply(5, "7").resolved(60).customer(90).reopened(90);
        assertEquals(List.of(), metric.observe(reopened.at(91)));
        assertEquals(List.of(new Observation("resolution", 7200, minute(120), null)),
                metric.observe(reopened.reply(100, "7").resolved(120).at(121)));
    }

    @Test
    void anOpenConversationYieldsNothing() {
        assertEquals(List.of(), metric.observe(chat().opened(0).customer(0).at(500)));
    }
}
