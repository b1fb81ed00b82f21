package io.switchboard.host.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.api.channel.MessageTemplate;
import io.switchboard.host.problem.Problem;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyTemplateTest {

    @Test
    void theTimelineShowsTheTemplateItsLanguageAndItsParameters() {
        assertEquals("[template order_update (en_US): A123, tomorrow]",
                new ReplyTemplate("order_update", "en_US", List.of("A123", "tomorrow")).timelineText());
        assertEquals("[template hello_world (en)]", new ReplyTemplate("hello_world", "en", null).timelineText());
    }

    @Test
    void thePluginReceivesTheSameTemplate() {
        assertEquals(new MessageTemplate("order_update", "pt_BR", List.of("A1")),
                new ReplyTemplate("order_update", "pt_BR", List.of("A1")).toApi());
    }

    @Test
    void malformedNamesLanguagesAndParametersAreBadRequests() {
        for (ReplyTemplate bad : List.of(new ReplyTemplate("Order Update", "en_US", List.of()),
                new ReplyTemplate("order_update", "english", List.of()),
                new ReplyTemplate(null, "en_US", List.of()),
                new ReplyTemplate("order_update", "en_US", List.of(" ")),
                new ReplyTemplate("order_update", "en_US", Arrays.asList("A1", null)))) {
            assertEquals(400, assertThrows(Problem.class, () -> ReplyTemplate.validated(bad)).status(),
                    bad.toString());
        }
    }
}
