package io.switchboard.host.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.host.testing.MutableClock;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The delay after resolution is honoured on a controlled clock, and a pending request survives a restart. */
class SurveyDelayAndRestartTest {

    private final MutableClock clock = MutableClock.startingNow();
    private final TestDesk desk = TestDesk.start(clock, List.of());
    private final SurveyDesk surveys = new SurveyDesk(desk);

    @AfterEach
    void stop() {
        desk.close();
    }

    private long resolvedConversation() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("Question");
            long id = desk.get("/api/v1/conversations?channel=webchat&limit=100").json().getAsJsonArray("items")
                    .asList().stream().map(e -> e.getAsJsonObject())
                    .filter(c -> c.getAsJsonObject("contact").get("address").getAsString()
                            .equals(visitor.visitorId()))
                    .findFirst().orElseThrow().get("id").getAsLong();
            surveys.resolve(id);
            return id;
        }
    }

    private String requestStatus(long id) {
        return surveys.requests(id).get(0).get("status").getAsString();
    }

    @Test
    void theSurveyWaitsForTheDelayAfterResolution() {
        surveys.enable("csat", List.of("webchat"), Map.of("delaySeconds", 600));
        long id = resolvedConversation();

        clock.advance(Duration.ofSeconds(599));
        desk.desk().surveys().sendDue();
        assertEquals("pending", requestStatus(id));
        assertTrue(surveys.surveyMessages(id).isEmpty());

        clock.advance(Duration.ofSeconds(2));
        desk.desk().surveys().sendDue();
        assertEquals("sent", requestStatus(id));
        assertEquals(1, surveys.surveyMessages(id).size());
    }

    @Test
    void aPendingRequestIsSentAfterARestart() {
        surveys.enable("csat", List.of("webchat"), Map.of("delaySeconds", 600));
        long id = resolvedConversation();

        desk.restart();
        clock.advance(Duration.ofSeconds(601));
        desk.desk().surveys().sendDue();

        assertEquals("sent", requestStatus(id));
        assertEquals(1, surveys.surveyMessages(id).size());
    }

    @Test
    void aConversationReopenedBeforeTheSurveyWasDueGetsNone() {
        surveys.enable("csat", List.of("webchat"), Map.of("delaySeconds", 600));
        long id = resolvedConversation();
        desk.post("/api/v1/conversations/" + id + "/status", Map.of("status", "open"));

        clock.advance(Duration.ofSeconds(601));
        desk.desk().surveys().sendDue();

        assertEquals("skipped", requestStatus(id));
        assertTrue(surveys.surveyMessages(id).isEmpty());
    }
}
