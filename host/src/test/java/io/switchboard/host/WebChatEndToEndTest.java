package io.switchboard.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.SseClient;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The spine's acceptance path: a visitor writes on web chat, the message is in the inbox,
 * the agent's reply reaches the visitor live and is marked sent. Runs against the real web
 * chat plugin zip loaded through PF4J.
 */
class WebChatEndToEndTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();

    @Test
    void aVisitorMessageAppearsInTheConversationList() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Ada"))) {
            assertEquals(202, visitor.say("Where is my order #1234?").status());

            JsonObject conversation = conversationOf(visitor);
            assertEquals("Where is my order #1234?", conversation.get("preview").getAsString());
            assertEquals("webchat", conversation.getAsJsonObject("channel").get("type").getAsString());
            assertEquals("Ada", conversation.getAsJsonObject("contact").get("name").getAsString());
            assertEquals("open", conversation.get("status").getAsString());
        }
    }

    @Test
    void anAgentReplyReachesTheVisitorLiveAndIsMarkedSent() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("Hello?");
            long conversationId = conversationOf(visitor).get("id").getAsLong();
            visitor.listen();

            ApiResponse reply = desk.post("/api/v1/conversations/" + conversationId + "/replies",
                    Map.of("text", "Hi! Your parcel left our warehouse today."));
            assertEquals(202, reply.status(), reply.body());
            // The answer shows the reply's state when it is read back: still queued, or already sent
            // when the outbox worker was quicker.
            assertTrue(Set.of("queued", "sent").contains(reply.json().get("status").getAsString()), reply.body());

            TestDesk.await("the visitor sees the reply", () -> visitor.streamed().stream()
                    .anyMatch(e -> e.get("text").getAsString().equals("Hi! Your parcel left our warehouse today.")));
            TestDesk.await("the reply is marked sent", () -> "sent".equals(lastMessage(conversationId)
                    .get("status").getAsString()));
        }
    }

    @Test
    void theVisitorSeesTheWholeConversationAfterAReload() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("First question");
            long conversationId = conversationOf(visitor).get("id").getAsLong();
            desk.post("/api/v1/conversations/" + conversationId + "/replies", Map.of("text", "First answer"));
            desk.post("/api/v1/conversations/" + conversationId + "/notes", Map.of("text", "internal only"));

            TestDesk.await("the history holds question and answer", () -> {
                JsonArray messages = visitor.history().json().getAsJsonArray("messages");
                return messages.size() == 2
                        && messages.get(1).getAsJsonObject().get("text").getAsString().equals("First answer");
            });
        }
    }

    @Test
    void agentsSeeNewMessagesAndReplyStatusesLiveOnTheEventStream() {
        try (SseClient agentStream = SseClient.open(desk.http(), desk.url("/api/v1/events"), desk.adminToken());
             WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("is anybody there?");
            long conversationId = conversationOf(visitor).get("id").getAsLong();
            TestDesk.await("the inbox hears of the new message", () -> agentStream.events().stream().anyMatch(e ->
                    e.name().equals("message.created") && e.data().contains("\"conversationId\":" + conversationId)));

            desk.post("/api/v1/conversations/" + conversationId + "/replies", Map.of("text", "yes"));
            TestDesk.await("the inbox hears the reply was sent", () -> agentStream.events().stream().anyMatch(e ->
                    e.name().equals("message.status") && e.data().contains("\"status\":\"sent\"")
                            && e.data().contains("\"conversationId\":" + conversationId)));
        }
    }

    @Test
    void theAgentEventStreamNeedsASignedInAgent() {
        assertEquals(401, desk.send("GET", "/api/v1/events", null, null).status());
    }

    private static JsonObject conversationOf(WebChatVisitor visitor) {
        JsonArray items = desk.get("/api/v1/conversations?channel=webchat&limit=100").json().getAsJsonArray("items");
        for (var item : items) {
            JsonObject conversation = item.getAsJsonObject();
            if (conversation.getAsJsonObject("contact").get("address").getAsString().equals(visitor.visitorId())) {
                return conversation;
            }
        }
        throw new AssertionError("no conversation for visitor " + visitor.visitorId() + " in " + items);
    }

    private static JsonObject lastMessage(long conversationId) {
        JsonArray messages = desk.get("/api/v1/conversations/" + conversationId).json().getAsJsonArray("messages");
        assertTrue(messages.size() > 0);
        return messages.get(messages.size() - 1).getAsJsonObject();
    }
}
