package io.switchboard.host.canned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Canned replies over the API: the starter set, shared and personal ones, rendering and the send guard. */
class CannedReplyApiTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    private static String agent;
    private static String otherAgent;

    @BeforeAll
    static void agents() {
        desk.createUser("canned@test.local", "Casey Canned", "agent", "canned password 1");
        desk.createUser("other@test.local", "Olga Other", "agent", "other password 1");
        agent = desk.login("canned@test.local", "canned password 1");
        otherAgent = desk.login("other@test.local", "other password 1");
    }

    @Test
    void aFreshDeskHasTheStarterSet() {
        List<String> shortcuts = shortcuts(desk.send("GET", "/api/v1/canned-replies", agent, null));
        assertTrue(shortcuts.containsAll(List.of("where-is-my-order", "replacement-shipped",
                "unhappy-exchange-or-call", "damaged-package", "ship-internationally")), shortcuts.toString());
    }

    @Test
    void searchNarrowsTheListByTitleShortcutOrText() {
        List<String> found = shortcuts(desk.send("GET", "/api/v1/canned-replies?q=DAMAGED", agent, null));
        assertEquals(List.of("damaged-package"), found);
    }

    @Test
    void aPersonalReplyIsSeenByItsOwnerOnly() {
        ApiResponse created = desk.send("POST", "/api/v1/canned-replies", agent,
                Map.of("title", "My sign-off", "body", "Cheers, {{agent.first_name}}"));
        assertEquals(201, created.status(), created.body());
        assertEquals("my-sign-off", created.json().get("shortcut").getAsString(), "shortcut made from the title");
        assertEquals(false, created.json().get("shared").getAsBoolean());
        long id = created.json().get("id").getAsLong();

        assertTrue(shortcuts(desk.send("GET", "/api/v1/canned-replies", agent, null)).contains("my-sign-off"));
        assertTrue(!shortcuts(desk.send("GET", "/api/v1/canned-replies", otherAgent, null)).contains("my-sign-off"));
        assertEquals(404, desk.send("DELETE", "/api/v1/canned-replies/" + id, otherAgent, null).status());
        assertEquals(204, desk.send("DELETE", "/api/v1/canned-replies/" + id, agent, null).status());
    }

    @Test
    void onlyAdminsCreateOrChangeSharedReplies() {
        ApiResponse refused = desk.send("POST", "/api/v1/canned-replies", agent,
                Map.of("title", "Team", "body", "x", "shared", true));
        assertEquals(403, refused.status(), refused.body());
        long starter = idOf("ship-internationally");
        assertEquals(403, desk.send("PUT", "/api/v1/canned-replies/" + starter, agent,
                Map.of("title", "Mine now", "body", "x")).status());

        ApiResponse shared = desk.post("/api/v1/canned-replies", Map.of("title", "Holiday hours",
                "shortcut", "holiday-hours", "body", "We are closed on public holidays.", "shared", true));
        assertEquals(201, shared.status(), shared.body());
        assertTrue(shortcuts(desk.send("GET", "/api/v1/canned-replies", otherAgent, null)).contains("holiday-hours"));
    }

    @Test
    void anInvalidShortcutIsRefused() {
        ApiResponse response = desk.send("POST", "/api/v1/canned-replies", agent,
                Map.of("title", "Bad", "shortcut", "Has Spaces", "body", "x"));
        assertEquals(400, response.status());
        assertTrue(response.json().get("detail").getAsString().contains("slug"), response.body());
    }

    @Test
    void renderingFillsKnownPlaceholdersAndListsTheMissingOnes() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Ada Lovelace"))) {
            visitor.say("Where is my order?");
            long conversation = conversationOf("Ada Lovelace");
            JsonObject rendered = render(conversation, idOf("where-is-my-order"));

            String text = rendered.get("text").getAsString();
            assertTrue(text.startsWith("Hi Ada, thanks"), text);
            assertTrue(text.endsWith("Casey"), "the agent's first name: " + text);
            assertTrue(text.contains("{{custom.order_number}}"), "a missing value stays visible: " + text);
            assertEquals(List.of("custom.order_number", "custom.tracking_url"), strings(rendered.getAsJsonArray(
                    "unresolved")));
        }
    }

    @Test
    void contactAttributesFillCustomPlaceholders() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Bo Attr"))) {
            visitor.say("My parcel never came");
            long conversation = conversationOf("Bo Attr");
            long contact = desk.get("/api/v1/conversations/" + conversation).json().getAsJsonObject("conversation")
                    .getAsJsonObject("contact").get("id").getAsLong();
            desk.desk().jdbi().useHandle(h -> h.createUpdate("INSERT INTO contact_attributes"
                    + " VALUES (:c, 'order_number', 'A-1042', :now)")
                    .bind("c", contact).bind("now", Instant.now()).execute());

            JsonObject rendered = render(conversation, idOf("replacement-shipped"));
            assertTrue(rendered.get("text").getAsString().contains("order A-1042 today"), rendered.toString());
            assertEquals(0, rendered.getAsJsonArray("unresolved").size());
        }
    }

    @Test
    void aReplyStillHoldingAPlaceholderIsRefusedAndNothingIsSent() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Raw Token"))) {
            visitor.say("hello");
            long conversation = conversationOf("Raw Token");
            ApiResponse refused = desk.send("POST", "/api/v1/conversations/" + conversation + "/replies", agent,
                    Map.of("text", "Your order {{custom.order_number}} ships today"));
            assertEquals(422, refused.status(), refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
            assertEquals("Unresolved placeholder", refused.json().get("title").getAsString());
            assertEquals(List.of("custom.order_number"), strings(refused.json().getAsJsonArray("placeholders")));
            assertEquals(1, desk.get("/api/v1/conversations/" + conversation).json().getAsJsonArray("messages")
                    .size(), "only the customer's message");

            ApiResponse sent = desk.send("POST", "/api/v1/conversations/" + conversation + "/replies", agent,
                    Map.of("text", "Your order A-7 ships today {{ not a placeholder }}"));
            assertEquals(202, sent.status(), "ordinary braces are just text: " + sent.body());
        }
    }

    private static JsonObject render(long conversation, long canned) {
        ApiResponse response = desk.send("POST", "/api/v1/conversations/" + conversation + "/canned/" + canned
                + "/render", agent, null);
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static long idOf(String shortcut) {
        for (JsonElement e : desk.send("GET", "/api/v1/canned-replies", agent, null).jsonElement().getAsJsonArray()) {
            if (e.getAsJsonObject().get("shortcut").getAsString().equals(shortcut)) {
                return e.getAsJsonObject().get("id").getAsLong();
            }
        }
        throw new AssertionError("no canned reply " + shortcut);
    }

    private static long conversationOf(String contactName) {
        for (JsonElement e : desk.get("/api/v1/conversations?limit=100").json().getAsJsonArray("items")) {
            JsonObject c = e.getAsJsonObject();
            if (contactName.equals(c.getAsJsonObject("contact").get("name").getAsString())) {
                return c.get("id").getAsLong();
            }
        }
        throw new AssertionError("no conversation with " + contactName);
    }

    private static List<String> shortcuts(ApiResponse response) {
        assertEquals(200, response.status(), response.body());
        List<String> result = new ArrayList<>();
        response.jsonElement().getAsJsonArray().forEach(e -> result.add(e.getAsJsonObject().get("shortcut")
                .getAsString()));
        return result;
    }

    private static List<String> strings(JsonArray array) {
        List<String> result = new ArrayList<>();
        array.forEach(e -> result.add(e.getAsString()));
        return result;
    }
}
