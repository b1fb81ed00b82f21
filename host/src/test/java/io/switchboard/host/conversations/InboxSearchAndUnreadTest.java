package io.switchboard.host.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Searching the inbox ({@code q}) and each agent's unread markers. */
class InboxSearchAndUnreadTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    private static String agentToken;

    @BeforeAll
    static void agents() {
        desk.createUser("reader@test.local", "Reader", "agent", "reader password 1");
        agentToken = desk.login("reader@test.local", "reader password 1");
    }

    @Test
    void searchFindsConversationsByContactNameAddressAndMessageText() {
        try (WebChatVisitor ada = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Ada Quokka",
                "email", "ada.quokka@example.com"));
             WebChatVisitor bob = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Bob"))) {
            ada.say("hello");
            bob.say("My parcel number is ZX-981 and it is late");

            assertEquals(List.of("Ada Quokka"), contactNames(search("quokka")), "by name, case-insensitive");
            assertEquals(List.of("Ada Quokka"), contactNames(search("ADA.QUOKKA@example")), "by email identity");
            assertEquals(List.of("Bob"), contactNames(search("zx-981")), "by message text");
            assertEquals(List.of(), contactNames(search("no such words anywhere")));
        }
    }

    @Test
    void searchTakesWildcardsLiterally() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Percy"))) {
            visitor.say("discount of 100% please");
            assertEquals(List.of("Percy"), contactNames(search("100%")));
            assertEquals(List.of(), contactNames(search("1_0%")), "_ is not a wildcard");
        }
    }

    @Test
    void anOverlongQueryIsRefused() {
        ApiResponse response = desk.get("/api/v1/conversations?q=" + "x".repeat(201));
        assertEquals(400, response.status());
        assertTrue(response.json().get("detail").getAsString().contains("200"), response.body());
    }

    @Test
    void customerMessagesAreUnreadForEachAgentUntilTheyReadThem() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Una Read"))) {
            visitor.say("one");
            visitor.say("two");
            long id = conversationOf("Una Read", desk.adminToken()).get("id").getAsLong();
            assertEquals(2, unread("Una Read", desk.adminToken()));
            assertEquals(2, unread("Una Read", agentToken));

            ApiResponse read = desk.send("POST", "/api/v1/conversations/" + id + "/read", agentToken, Map.of());
            assertEquals(200, read.status(), read.body());
            assertEquals(0, read.json().get("unreadCount").getAsInt());
            assertEquals(0, unread("Una Read", agentToken));
            assertEquals(2, unread("Una Read", desk.adminToken()), "the other agent still has them unread");

            visitor.say("three");
            assertEquals(1, unread("Una Read", agentToken));
            ApiResponse detail = desk.send("GET", "/api/v1/conversations/" + id, agentToken, null);
            assertEquals(1, detail.json().getAsJsonObject("conversation").get("unreadCount").getAsInt());
        }
    }

    @Test
    void aReadPositionNeverMovesBackwards() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Otto Forward"))) {
            visitor.say("first");
            visitor.say("second");
            long id = conversationOf("Otto Forward", agentToken).get("id").getAsLong();
            JsonObject detail = desk.send("GET", "/api/v1/conversations/" + id, agentToken, null).json();
            long first = detail.getAsJsonArray("messages").get(0).getAsJsonObject().get("id").getAsLong();

            desk.send("POST", "/api/v1/conversations/" + id + "/read", agentToken, Map.of());
            ApiResponse older = desk.send("POST", "/api/v1/conversations/" + id + "/read", agentToken,
                    Map.of("messageId", first));
            assertEquals(0, older.json().get("unreadCount").getAsInt(), older.body());
        }
    }

    @Test
    void readingUpToAMessageOfAnotherConversationIsRefused() {
        try (WebChatVisitor a = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Ann Other"));
             WebChatVisitor b = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Ben Other"))) {
            a.say("a");
            b.say("b");
            long idA = conversationOf("Ann Other", agentToken).get("id").getAsLong();
            long idB = conversationOf("Ben Other", agentToken).get("id").getAsLong();
            long messageOfB = desk.get("/api/v1/conversations/" + idB).json().getAsJsonArray("messages").get(0)
                    .getAsJsonObject().get("id").getAsLong();
            ApiResponse response = desk.send("POST", "/api/v1/conversations/" + idA + "/read", agentToken,
                    Map.of("messageId", messageOfB));
            assertEquals(400, response.status(), response.body());
            assertEquals(404, desk.send("POST", "/api/v1/conversations/999999/read", agentToken, Map.of()).status());
        }
    }

    private static List<JsonObject> search(String q) {
        ApiResponse response = desk.get("/api/v1/conversations?limit=100&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, response.status(), response.body());
        List<JsonObject> items = new ArrayList<>();
        for (JsonElement item : response.json().getAsJsonArray("items")) {
            items.add(item.getAsJsonObject());
        }
        return items;
    }

    private static List<String> contactNames(List<JsonObject> conversations) {
        return conversations.stream().map(c -> c.getAsJsonObject("contact").get("name").getAsString()).toList();
    }

    private static JsonObject conversationOf(String contactName, String token) {
        ApiResponse response = desk.send("GET", "/api/v1/conversations?limit=100&q="
                + URLEncoder.encode(contactName, StandardCharsets.UTF_8), token, null);
        return response.json().getAsJsonArray("items").get(0).getAsJsonObject();
    }

    private static int unread(String contactName, String token) {
        return conversationOf(contactName, token).get("unreadCount").getAsInt();
    }
}
