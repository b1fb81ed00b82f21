package io.switchboard.host.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Survey plugins stay optional: disabling one stops new requests, keeps answers, and the desk works on. */
class DisablingASurveyPluginTest {

    @RegisterExtension
    final TestDesk desk = TestDesk.perTest();

    private long resolvedConversation(WebChatVisitor visitor, SurveyDesk surveys) {
        visitor.say("Question");
        long id = desk.get("/api/v1/conversations?channel=webchat&limit=100").json().getAsJsonArray("items")
                .asList().stream().map(e -> e.getAsJsonObject())
                .filter(c -> c.getAsJsonObject("contact").get("address").getAsString().equals(visitor.visitorId()))
                .findFirst().orElseThrow().get("id").getAsLong();
        surveys.resolve(id);
        return id;
    }

    @Test
    void disablingThePluginStopsNewRequestsAndKeepsStoredAnswers() {
        SurveyDesk surveys = new SurveyDesk(desk);
        surveys.enable("csat", List.of("webchat"), Map.of());
        long answeredId;
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            answeredId = resolvedConversation(visitor, surveys);
            surveys.awaitSurveySent(answeredId);
            visitor.say("5");
        }
        assertEquals(200, desk.post("/api/v1/admin/plugins/survey-csat/disable", null).status());

        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            long id = resolvedConversation(visitor, surveys);
            assertTrue(surveys.requests(id).isEmpty());
            visitor.say("4");
            assertEquals("open", surveys.status(id), "without the plugin a number is an ordinary message");
        }
        List<JsonObject> kept = surveys.answers("survey=csat");
        assertEquals(1, kept.size());
        assertEquals(answeredId, kept.get(0).get("conversationId").getAsLong());
        assertEquals(404, desk.get("/api/v1/surveys/csat/score").status());
    }

    @Test
    void aPendingRequestOfADisabledSurveyIsSkippedNotSent() {
        SurveyDesk surveys = new SurveyDesk(desk);
        surveys.enable("nps", List.of(), Map.of("delaySeconds", 3600));
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            long id = resolvedConversation(visitor, surveys);
            assertEquals("pending", surveys.requests(id).get(0).get("status").getAsString());
            surveys.disable("nps");
            desk.desk().jdbi().useHandle(h -> h.createUpdate("UPDATE survey_requests SET due_at = created_at")
                    .execute());

            desk.desk().surveys().sendDue();
            JsonObject request = surveys.requests(id).get(0);
            assertEquals("skipped", request.get("status").getAsString());
            assertEquals("the nps survey was switched off", request.get("reason").getAsString());
            assertTrue(surveys.surveyMessages(id).isEmpty());
        }
    }
}
