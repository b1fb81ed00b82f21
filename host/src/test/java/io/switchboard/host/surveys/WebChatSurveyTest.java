package io.switchboard.host.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CSAT on web chat, end to end with the real plugin zips: resolving sends the question live
 * with buttons and a signed link, the visitor's reply is the answer (and leaves the
 * conversation resolved), a later answer updates it, the hosted page answers too, and low
 * answers reopen or flag as the admin chose.
 */
class WebChatSurveyTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    private static final SurveyDesk surveys = new SurveyDesk(desk);

    @BeforeAll
    static void switchCsatOnForWebChat() {
        surveys.enable("csat", List.of("webchat"), Map.of("lowScoreAction", "none"));
    }

    /** A visitor who asked, got an answer and whose conversation was resolved, survey sent. */
    private long resolvedWithSurvey(WebChatVisitor visitor) {
        visitor.say("My parcel is late");
        long id = surveys.conversationOf(visitor);
        desk.post("/api/v1/conversations/" + id + "/replies", Map.of("text", "It arrives tomorrow."));
        visitor.listen();
        surveys.resolve(id);
        surveys.awaitSurveySent(id);
        return id;
    }

    @Test
    void resolvingSendsTheCsatLiveWithButtonsAndASignedLink() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            long id = resolvedWithSurvey(visitor);

            TestDesk.await("the visitor sees the question", () -> visitor.streamed().stream()
                    .anyMatch(m -> m.has("choices")));
            JsonObject question = visitor.streamed().stream().filter(m -> m.has("choices")).findFirst().orElseThrow();
            assertTrue(question.get("text").getAsString().startsWith("How satisfied are you with the help you"
                    + " received? Reply with a number from 1"), question.toString());
            assertTrue(question.get("text").getAsString().contains("/s/"));
            JsonArray choices = question.getAsJsonArray("choices");
            assertEquals(5, choices.size());
            assertEquals("1", choices.get(0).getAsJsonObject().get("value").getAsString());
            assertEquals("5 · Very satisfied", choices.get(4).getAsJsonObject().get("caption").getAsString());
            assertEquals(1, surveys.eventCount(id, "AUTOMATED_REPLY"));
            assertEquals(1, surveys.eventCount(id, "AGENT_REPLY"), "the survey is not an agent reply");
            assertEquals("sent", surveys.requests(id).get(0).get("status").getAsString());
        }
    }

    @Test
    void theVisitorsButtonValueIsStoredAsTheAnswerAndTheConversationStaysResolved() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            long id = resolvedWithSurvey(visitor);

            assertEquals(202, visitor.say("4").status());

            List<JsonObject> answers = surveys.answers("conversation=" + id);
            assertEquals(1, answers.size());
            assertEquals(4, answers.get(0).get("value").getAsInt());
            assertEquals("csat", answers.get(0).get("survey").getAsString());
            assertEquals("channel", answers.get(0).get("source").getAsString());
            assertEquals("resolved", surveys.status(id));
            assertEquals(1, surveys.eventCount(id, "SURVEY_ANSWERED"));
            assertEquals(1, surveys.eventCount(id, "CUSTOMER_MESSAGE"), "the answer is not a customer message");
        }
    }

    @Test
    void aLaterAnswerUpdatesTheFirstAndKeepsItsComment() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            long id = resolvedWithSurvey(visitor);
            visitor.say("3 - slow but fine");
            visitor.say("five!");

            List<JsonObject> answers = surveys.answers("conversation=" + id);
            assertEquals(1, answers.size());
            assertEquals(5, answers.get(0).get("value").getAsInt());
            assertEquals("slow but fine", answers.get(0).get("comment").getAsString());
            assertEquals(2, surveys.eventCount(id, "SURVEY_ANSWERED"));
            assertEquals("resolved", surveys.status(id));
        }
    }

    @Test
    void aReplyThatIsNotAnAnswerIsAnOrdinaryMessageAndReopens() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            long id = resolvedWithSurvey(visitor);

            visitor.say("5 items are still missing");

            assertTrue(surveys.answers("conversation=" + id).isEmpty());
            assertEquals("open", surveys.status(id));
        }
    }

    @Test
    void theHostedPageTakesTheAnswerAndAComment() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            long id = resolvedWithSurvey(visitor);
            String link = SurveyDesk.link(surveys.surveyMessages(id).get(0).get("text").getAsString());

            ApiResponse page = desk.send(HttpRequest.newBuilder(URI.create(link)).GET().build());
            assertEquals(200, page.status(), page.body());
            assertTrue(page.body().contains("How satisfied are you"), page.body());
            String csp = page.headers().firstValue("content-security-policy").orElseThrow();
            assertTrue(csp.startsWith("default-src 'none'"), csp);
            assertFalse(page.body().contains("<script"));

            ApiResponse answered = postForm(link, "value=2&comment=" + "Took+three+days");
            assertEquals(200, answered.status(), answered.body());
            assertTrue(answered.body().contains("Thank you"));
            JsonObject answer = surveys.answers("conversation=" + id).get(0);
            assertEquals(2, answer.get("value").getAsInt());
            assertEquals("Took three days", answer.get("comment").getAsString());
            assertEquals("page", answer.get("source").getAsString());
        }
    }

    @Test
    void aForgedOrBorrowedLinkIsRefused() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            long id = resolvedWithSurvey(visitor);
            String link = SurveyDesk.link(surveys.surveyMessages(id).get(0).get("text").getAsString());
            String token = link.substring(link.lastIndexOf('/') + 1);
            long requestId = Long.parseLong(token.substring(0, token.indexOf('.')));
            String signature = token.substring(token.indexOf('.') + 1);

            String otherRequest = desk.url("/s/" + (requestId - 1) + "." + signature).toString();
            String forged = desk.url("/s/" + requestId + "." + "A".repeat(signature.length())).toString();
            assertEquals(404, desk.send(HttpRequest.newBuilder(URI.create(otherRequest)).GET().build()).status());
            assertEquals(404, postForm(forged, "value=1").status());
            assertTrue(surveys.answers("conversation=" + id).isEmpty());
        }
    }

    @Test
    void aLowAnswerFlagsTheConversationForFollowUpWhenTheAdminSaysSo() {
        surveys.enable("csat", List.of("webchat"), Map.of("lowScoreAction", "flag"));
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            long id = resolvedWithSurvey(visitor);
            visitor.say("1");

            assertEquals("resolved", surveys.status(id));
            List<String> tags = desk.desk().jdbi().withHandle(h -> h.createQuery("SELECT tag FROM conversation_tags"
                    + " WHERE conversation_id = :id").bind("id", id).mapTo(String.class).list());
            assertEquals(List.of("follow-up"), tags);
            JsonArray messages = desk.get("/api/v1/conversations/" + id).json().getAsJsonArray("messages");
            JsonObject note = messages.get(messages.size() - 1).getAsJsonObject();
            assertEquals("note", note.get("direction").getAsString());
            assertTrue(note.get("text").getAsString().startsWith("Flagged for follow-up: CSAT answer 1"));
        } finally {
            surveys.enable("csat", List.of("webchat"), Map.of("lowScoreAction", "none"));
        }
    }

    @Test
    void aLowAnswerReopensTheConversationWhenTheAdminSaysSo() {
        surveys.enable("csat", List.of("webchat"), Map.of("lowScoreAction", "reopen"));
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            long id = resolvedWithSurvey(visitor);
            visitor.say("⭐⭐");

            assertEquals(2, surveys.answers("conversation=" + id).get(0).get("value").getAsInt());
            assertEquals("open", surveys.status(id));
        } finally {
            surveys.enable("csat", List.of("webchat"), Map.of("lowScoreAction", "none"));
        }
    }

    @Test
    void aConversationOnAChannelTheSurveyDoesNotCoverGetsNone() {
        surveys.enable("csat", List.of("email"), Map.of());
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("Hello");
            long id = surveys.conversationOf(visitor);
            surveys.resolve(id);
            assertTrue(surveys.requests(id).isEmpty());
        } finally {
            surveys.enable("csat", List.of("webchat"), Map.of());
        }
    }

    private ApiResponse postForm(String url, String form) {
        return desk.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }
}
