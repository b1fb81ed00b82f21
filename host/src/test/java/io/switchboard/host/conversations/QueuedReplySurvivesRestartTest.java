package io.switchboard.host.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A reply the API accepted is delivered even if the desk restarts before it could go out. */
class QueuedReplySurvivesRestartTest {

    @RegisterExtension
    final TestDesk desk = TestDesk.perTest();

    @Test
    void aReplyQueuedWhileTheChannelWasDownIsDeliveredAfterARestartOnceItIsBack() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("anyone there?");
            long conversationId = desk.get("/api/v1/conversations?limit=1").json().getAsJsonArray("items").get(0)
                    .getAsJsonObject().get("id").getAsLong();
            desk.post("/api/v1/admin/plugins/webchat/disable", null);
            assertEquals(202, desk.post("/api/v1/conversations/" + conversationId + "/replies",
                    Map.of("text", "yes, here!")).status());

            desk.restart();
            assertEquals("queued", lastMessage(conversationId).get("status").getAsString());
            desk.post("/api/v1/admin/plugins/webchat/enable", null);

            TestDesk.await("the reply is sent", () -> "sent".equals(lastMessage(conversationId).get("status")
                    .getAsString()));
            JsonArray history = visitor.history().json().getAsJsonArray("messages");
            assertEquals("yes, here!", history.get(history.size() - 1).getAsJsonObject().get("text").getAsString());
        }
    }

    private JsonObject lastMessage(long conversationId) {
        JsonArray messages = desk.get("/api/v1/conversations/" + conversationId).json().getAsJsonArray("messages");
        return messages.get(messages.size() - 1).getAsJsonObject();
    }
}
