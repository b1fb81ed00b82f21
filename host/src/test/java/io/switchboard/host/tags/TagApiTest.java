package io.switchboard.host.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Agents tag conversations; the inbox filters by tag. */
class TagApiTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();

    @Test
    void aTagIsStoredAsALowerCaseSlugOnce() {
        long id = conversation("Tom Tag");
        ApiResponse added = desk.post("/api/v1/conversations/" + id + "/tags", Map.of("tag", "  Late-Delivery "));
        assertEquals(200, added.status(), added.body());
        desk.post("/api/v1/conversations/" + id + "/tags", Map.of("tag", "late-delivery"));
        desk.post("/api/v1/conversations/" + id + "/tags", Map.of("tag", "damaged"));
        assertEquals(List.of("damaged", "late-delivery"), tags(desk.get("/api/v1/conversations/" + id + "/tags")
                .json()));
        assertEquals(List.of("damaged", "late-delivery"), tags(desk.get("/api/v1/conversations/" + id).json()
                .getAsJsonObject("conversation")), "the conversation shows its tags");
    }

    @Test
    void aTagThatIsNotASlugIsRefused() {
        long id = conversation("Vera Valid");
        for (String bad : List.of("two words", "-dash-first", "emoji🙂", "x".repeat(65), "")) {
            ApiResponse refused = desk.post("/api/v1/conversations/" + id + "/tags", Map.of("tag", bad));
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertTrue(refused.json().get("detail").getAsString().contains("slug"), refused.body());
        }
    }

    @Test
    void removingATagTakesItOff() {
        long id = conversation("Rita Remove");
        desk.post("/api/v1/conversations/" + id + "/tags", Map.of("tag", "wrong-tag"));
        ApiResponse removed = desk.send("DELETE", "/api/v1/conversations/" + id + "/tags/wrong-tag",
                desk.adminToken(), null);
        assertEquals(200, removed.status(), removed.body());
        assertEquals(List.of(), tags(removed.json()));
    }

    @Test
    void theInboxFiltersByTag() {
        long tagged = conversation("Fay Filter");
        long other = conversation("Ned Notagged");
        desk.post("/api/v1/conversations/" + tagged + "/tags", Map.of("tag", "vip-complaint"));
        ApiResponse page = desk.get("/api/v1/conversations?status=all&tag=vip-complaint");
        List<Long> ids = new ArrayList<>();
        page.json().getAsJsonArray("items").forEach(e -> ids.add(e.getAsJsonObject().get("id").getAsLong()));
        assertEquals(List.of(tagged), ids);
        assertTrue(other != tagged);
    }

    @Test
    void tagsInUseAreListedMostUsedFirst() {
        long a = conversation("Una Use");
        long b = conversation("Ola Use");
        desk.post("/api/v1/conversations/" + a + "/tags", Map.of("tag", "popular-one"));
        desk.post("/api/v1/conversations/" + b + "/tags", Map.of("tag", "popular-one"));
        JsonObject first = desk.get("/api/v1/tags").jsonElement().getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("popular-one", first.get("tag").getAsString());
        assertEquals(2, first.get("count").getAsLong());
    }

    @Test
    void taggingAnUnknownConversationIsNotFound() {
        assertEquals(404, desk.post("/api/v1/conversations/999999/tags", Map.of("tag", "x")).status());
    }

    private static long conversation(String name) {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of("name", name))) {
            visitor.say("hello from " + name);
        }
        for (JsonElement e : desk.get("/api/v1/conversations?status=all&limit=100").json().getAsJsonArray("items")) {
            if (name.equals(e.getAsJsonObject().getAsJsonObject("contact").get("name").getAsString())) {
                return e.getAsJsonObject().get("id").getAsLong();
            }
        }
        throw new AssertionError("no conversation with " + name);
    }

    private static List<String> tags(JsonObject withTags) {
        List<String> result = new ArrayList<>();
        withTags.getAsJsonArray("tags").forEach(e -> result.add(e.getAsString()));
        return result;
    }
}
