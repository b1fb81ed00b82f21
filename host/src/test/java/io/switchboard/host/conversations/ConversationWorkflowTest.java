package io.switchboard.host.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What agents do with a conversation, and what the event log records of it. */
class ConversationWorkflowTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();

    @Test
    void resolvingThenACustomerMessageReopensTheConversation() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("my order?");
            long id = newestConversationId();
            assertEquals("resolved", desk.post("/api/v1/conversations/" + id + "/status", Map.of("status",
                    "resolved")).json().getAsJsonObject("conversation").get("status").getAsString());

            visitor.say("it still has not arrived");

            assertEquals("open", conversation(id).getAsJsonObject("conversation").get("status").getAsString());
            assertEquals(List.of("OPENED", "CUSTOMER_MESSAGE", "STATUS_CHANGED", "CUSTOMER_MESSAGE",
                    "STATUS_CHANGED"), eventTypes(id));
        }
    }

    @Test
    void aPrivateNoteIsOnTheTimelineButNeverReachesTheCustomer() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("question");
            long id = newestConversationId();
            ApiResponse note = desk.post("/api/v1/conversations/" + id + "/notes", Map.of("text", "VIP, be nice"));
            assertEquals(201, note.status());
            assertEquals("note", note.json().get("direction").getAsString());
            assertTrue(note.json().get("status").isJsonNull());
            assertTrue(!visitor.history().body().contains("VIP"));
            assertEquals(0L, outboxRows(id));
        }
    }

    @Test
    void assigningToMeShowsUpInTheAssignedToMeFilter() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("assign me");
            long id = newestConversationId();
            long me = desk.get("/api/v1/auth/me").json().get("id").getAsLong();
            desk.post("/api/v1/conversations/" + id + "/assign", Map.of("assigneeId", me));

            assertTrue(ids("/api/v1/conversations?assignee=me&limit=100").contains(id));
            assertTrue(!ids("/api/v1/conversations?assignee=unassigned&limit=100").contains(id));
        }
    }

    @Test
    void assigningToAnUnknownUserIsRefused() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("x");
            assertEquals(422, desk.post("/api/v1/conversations/" + newestConversationId() + "/assign",
                    Map.of("assigneeId", 987654)).status());
        }
    }

    @Test
    void theStatusFilterSelectsOnlyThatStatus() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("pending one");
            long id = newestConversationId();
            desk.post("/api/v1/conversations/" + id + "/status", Map.of("status", "pending"));
            JsonArray pending = desk.get("/api/v1/conversations?status=pending&limit=100").json()
                    .getAsJsonArray("items");
            pending.forEach(c -> assertEquals("pending", c.getAsJsonObject().get("status").getAsString()));
            assertTrue(ids("/api/v1/conversations?status=pending&limit=100").contains(id));
        }
    }

    @Test
    void cursorPaginationVisitsEveryConversationOnce() {
        for (int i = 0; i < 5; i++) {
            try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
                visitor.say("page " + i);
            }
        }
        Set<Long> all = new HashSet<>(ids("/api/v1/conversations?limit=100"));
        Set<Long> paged = new HashSet<>();
        String cursor = null;
        do {
            JsonObject page = desk.get("/api/v1/conversations?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            page.getAsJsonArray("items").forEach(c -> assertTrue(paged.add(c.getAsJsonObject().get("id").getAsLong())));
            cursor = page.get("nextCursor").isJsonNull() ? null : page.get("nextCursor").getAsString();
        } while (cursor != null);
        assertEquals(all, paged);
    }

    @Test
    void badFilterValuesAreExplained() {
        assertEquals(400, desk.get("/api/v1/conversations?status=sleeping").status());
        assertEquals(400, desk.get("/api/v1/conversations?limit=1000").status());
        assertEquals(400, desk.get("/api/v1/conversations?cursor=garbage").status());
    }

    @Test
    void anEmptyReplyIsRefusedAndNothingIsQueued() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("x");
            long id = newestConversationId();
            assertEquals(400, desk.post("/api/v1/conversations/" + id + "/replies", Map.of("text", "  ")).status());
            assertEquals(0L, outboxRows(id));
        }
    }

    @Test
    void aRetriedReplyWithTheSameClientIdIsSentOnce() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("x");
            long id = newestConversationId();
            long first = desk.post("/api/v1/conversations/" + id + "/replies", Map.of("text", "once",
                    "clientId", "r-1")).json().get("id").getAsLong();
            long second = desk.post("/api/v1/conversations/" + id + "/replies", Map.of("text", "once",
                    "clientId", "r-1")).json().get("id").getAsLong();
            assertEquals(first, second);
            assertEquals(1, conversation(id).getAsJsonArray("messages").asList().stream()
                    .filter(m -> m.getAsJsonObject().get("direction").getAsString().equals("outbound")).count());
        }
    }

    @Test
    void replyLimitsOfTheChannelComeWithTheConversation() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("x");
            JsonObject limits = conversation(newestConversationId()).getAsJsonObject("replyLimits");
            assertNotNull(limits);
            assertTrue(limits.get("windowClosesAt").isJsonNull());
            assertEquals(4000, limits.get("maxTextLength").getAsInt());
        }
    }

    @Test
    void aReplyLongerThanTheChannelAllowsIsRefused() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("x");
            ApiResponse refused = desk.post("/api/v1/conversations/" + newestConversationId() + "/replies",
                    Map.of("text", "a".repeat(4001)));
            assertEquals(422, refused.status());
            assertEquals(4000, refused.json().get("maxTextLength").getAsInt());
        }
    }

    private static long newestConversationId() {
        return desk.get("/api/v1/conversations?limit=1").json().getAsJsonArray("items").get(0).getAsJsonObject()
                .get("id").getAsLong();
    }

    private static JsonObject conversation(long id) {
        return desk.get("/api/v1/conversations/" + id).json();
    }

    private static List<Long> ids(String path) {
        return desk.get(path).json().getAsJsonArray("items").asList().stream()
                .map(c -> c.getAsJsonObject().get("id").getAsLong()).toList();
    }

    private static List<String> eventTypes(long conversationId) {
        return desk.desk().jdbi().withHandle(h -> h.createQuery("SELECT type FROM conversation_events"
                + " WHERE conversation_id = :id ORDER BY seq").bind("id", conversationId).mapTo(String.class).list());
    }

    private static long outboxRows(long conversationId) {
        return desk.desk().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM messages WHERE"
                + " conversation_id = :id AND direction = 'outbound'").bind("id", conversationId)
                .mapTo(Long.class).one());
    }
}
