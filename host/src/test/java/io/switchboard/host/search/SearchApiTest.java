package io.switchboard.host.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** {@code GET /api/v1/search}: messages (with snippets) and contacts; the same on H2 and PostgreSQL. */
class SearchApiTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();

    @BeforeAll
    static void conversations() {
        try (WebChatVisitor ada = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Ada Quokka",
                "email", "ada.quokka@example.com"));
             WebChatVisitor bob = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Bob Parcel"))) {
            ada.say("Hello, I ordered a blue teapot last week");
            bob.say("The courier left my parcel at the wrong address, tracking number ZX981, please help");
            bob.say("Also the teapot lid is cracked");
        }
    }

    @Test
    void aWordFindsTheMessagesHoldingItNewestFirstWithASnippet() {
        JsonObject results = search("teapot");
        List<String> snippets = new ArrayList<>();
        results.getAsJsonArray("messages").forEach(e -> snippets.add(e.getAsJsonObject().get("snippet")
                .getAsString()));
        assertEquals(List.of("Also the teapot lid is cracked", "Hello, I ordered a blue teapot last week"), snippets);
        JsonObject first = results.getAsJsonArray("messages").get(0).getAsJsonObject();
        assertEquals("Bob Parcel", first.get("contactName").getAsString());
        assertEquals("inbound", first.get("direction").getAsString());
        assertTrue(first.get("conversationId").getAsLong() > 0);
    }

    @Test
    void everyWordMustMatchAndCaseDoesNotMatter() {
        assertEquals(1, search("WRONG parcel").getAsJsonArray("messages").size());
        assertEquals(0, search("wrong teapot").getAsJsonArray("messages").size());
    }

    @Test
    void wordsMatchAsPrefixesSoTypingFinds() {
        assertEquals(1, search("track").getAsJsonArray("messages").size());
        assertEquals(1, search("zx981").getAsJsonArray("messages").size());
    }

    @Test
    void onlyTheLastWordIsAPrefixAndNoWordMatchesInsideAnother() {
        assertEquals(2, search("teap").getAsJsonArray("messages").size());
        assertEquals(0, search("pot").getAsJsonArray("messages").size());
        assertEquals(0, search("order teapot").getAsJsonArray("messages").size());
        assertEquals(1, search("ordered teapot").getAsJsonArray("messages").size());
    }

    @Test
    void theLimitKeepsTheNewestHits() {
        ApiResponse response = desk.get("/api/v1/search?q=teapot&limit=1");
        assertEquals(200, response.status(), response.body());
        assertEquals("Also the teapot lid is cracked", response.json().getAsJsonArray("messages").get(0)
                .getAsJsonObject().get("snippet").getAsString());
        assertEquals(1, response.json().getAsJsonArray("messages").size());
    }

    @Test
    void contactsAreFoundByNameOrAddress() {
        JsonObject byAddress = search("ada.quokka@example").getAsJsonArray("contacts").get(0).getAsJsonObject();
        assertEquals("Ada Quokka", byAddress.get("name").getAsString());
        assertTrue(byAddress.getAsJsonArray("addresses").toString().contains("ada.quokka@example.com"));
        assertEquals("Bob Parcel", search("bob").getAsJsonArray("contacts").get(0).getAsJsonObject().get("name")
                .getAsString());
    }

    @Test
    void aLongSnippetIsCutAroundTheMatch() {
        try (WebChatVisitor long1 = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Lena Long"))) {
            long1.say("word ".repeat(60) + "needle " + "more ".repeat(60));
        }
        String snippet = search("needle").getAsJsonArray("messages").get(0).getAsJsonObject().get("snippet")
                .getAsString();
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…") && snippet.contains("needle"), snippet);
        assertTrue(snippet.length() <= 2 * Snippets.RADIUS + 2, snippet);
    }

    @Test
    void aQueryWithoutWordsIsRefused() {
        ApiResponse response = desk.get("/api/v1/search?q=" + URLEncoder.encode("  !? ", StandardCharsets.UTF_8));
        assertEquals(400, response.status());
        assertEquals(400, desk.get("/api/v1/search?q=x&limit=0").status());
    }

    private static JsonObject search(String q) {
        ApiResponse response = desk.get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, response.status(), response.body());
        return response.json();
    }
}
