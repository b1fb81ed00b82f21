package io.switchboard.host.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The survey calls tests make over and over, all through the REST API as an admin would. */
public final class SurveyDesk {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/s/(\\S+))");

    private final TestDesk desk;

    public SurveyDesk(TestDesk desk) {
        this.desk = desk;
    }

    /** Switches a survey on for channel types (none: every channel) with no delay. */
    public JsonObject enable(String survey, List<String> channels, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(Map.of("enabled", true, "channels", channels, "delaySeconds", 0));
        body.putAll(more);
        ApiResponse saved = desk.send("PUT", "/api/v1/admin/surveys/" + survey, desk.adminToken(), body);
        assertEquals(200, saved.status(), saved.body());
        return saved.json();
    }

    /**
     * A web chat customer asks for help, the agent is assigned and replies, the conversation is
     * resolved, and the customer answers the survey with {@code reply}.
     */
    public void answeredOnWebChat(long agentId, String reply) {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("Help please");
            long id = conversationOf(visitor);
            assertEquals(200, desk.post("/api/v1/conversations/" + id + "/assign", Map.of("assigneeId", agentId))
                    .status());
            assertEquals(202, desk.post("/api/v1/conversations/" + id + "/replies", Map.of("text", "On it"))
                    .status());
            resolve(id);
            awaitSurveySent(id);
            assertEquals(202, visitor.say(reply).status());
        }
    }

    /** The web chat conversation of a visitor (among the newest 100). */
    public long conversationOf(WebChatVisitor visitor) {
        JsonArray items = desk.get("/api/v1/conversations?channel=webchat&limit=100").json().getAsJsonArray("items");
        for (var item : items) {
            JsonObject c = item.getAsJsonObject();
            if (c.getAsJsonObject("contact").get("address").getAsString().equals(visitor.visitorId())) {
                return c.get("id").getAsLong();
            }
        }
        throw new AssertionError("no conversation for visitor " + visitor.visitorId());
    }

    public void disable(String survey) {
        ApiResponse saved = desk.send("PUT", "/api/v1/admin/surveys/" + survey, desk.adminToken(),
                Map.of("enabled", false));
        assertEquals(200, saved.status(), saved.body());
    }

    public void resolve(long conversationId) {
        ApiResponse resolved = desk.post("/api/v1/conversations/" + conversationId + "/status",
                Map.of("status", "resolved"));
        assertEquals(200, resolved.status(), resolved.body());
    }

    public String status(long conversationId) {
        return desk.get("/api/v1/conversations/" + conversationId).json().getAsJsonObject("conversation")
                .get("status").getAsString();
    }

    public List<JsonObject> answers(String query) {
        return objects(desk.get("/api/v1/surveys/answers?" + query).jsonElement().getAsJsonArray());
    }

    public List<JsonObject> requests(long conversationId) {
        return objects(desk.get("/api/v1/surveys/requests?conversation=" + conversationId).jsonElement().getAsJsonArray());
    }

    /** The survey messages of a conversation (automated outbound with a link), oldest first. */
    public List<JsonObject> surveyMessages(long conversationId) {
        JsonArray messages = desk.get("/api/v1/conversations/" + conversationId).json().getAsJsonArray("messages");
        List<JsonObject> found = new ArrayList<>();
        for (var m : messages) {
            JsonObject message = m.getAsJsonObject();
            if (message.get("automated").getAsBoolean() && message.get("direction").getAsString().equals("outbound")) {
                found.add(message);
            }
        }
        return found;
    }

    /** Waits until the conversation's survey message went out on its channel and returns it. */
    public JsonObject awaitSurveySent(long conversationId) {
        TestDesk.await("the survey is sent", () -> surveyMessages(conversationId).stream()
                .anyMatch(m -> "sent".equals(m.get("status").getAsString())));
        return surveyMessages(conversationId).get(0);
    }

    /** The hosted page link in a survey text. */
    public static String link(String text) {
        Matcher matcher = LINK.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no survey link in " + text);
        }
        return matcher.group(1);
    }

    public long eventCount(long conversationId, String type) {
        return desk.desk().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM conversation_events"
                        + " WHERE conversation_id = :id AND type = :type")
                .bind("id", conversationId).bind("type", type).mapTo(Long.class).one());
    }

    private static List<JsonObject> objects(JsonArray array) {
        List<JsonObject> list = new ArrayList<>();
        array.forEach(e -> list.add(e.getAsJsonObject()));
        return list;
    }
}
