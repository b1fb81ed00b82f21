package io.switchboard.host.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Priority and severity: set per conversation, and the inbox sorts and filters by them, paging by keyset. */
class PriorityAndSeverityTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    /** Conversation id → [priority, severity or null], all tagged "triage-set" to list them apart. */
    private static final Map<Long, Object[]> triaged = new HashMap<>();

    @BeforeAll
    static void conversations() {
        Object[][] plan = {{"low", 4}, {"urgent", null}, {"normal", 2}, {"high", 1}, {"urgent", 3},
                {"normal", null}, {"high", 1}, {"low", null}, {"urgent", 1}};
        for (int i = 0; i < plan.length; i++) {
            long id = conversation("Triage " + i);
            set(id, "priority", Map.of("priority", plan[i][0]));
            Map<String, Object> severity = new HashMap<>();
            severity.put("severity", plan[i][1]);
            set(id, "severity", severity);
            assertEquals(200, desk.post("/api/v1/conversations/" + id + "/tags", Map.of("tag", "triage-set"))
                    .status());
            triaged.put(id, plan[i]);
        }
    }

    @Test
    void theConversationShowsItsPriorityAndSeverity() {
        long id = conversation("Shown Triage");
        set(id, "priority", Map.of("priority", "urgent"));
        JsonObject conversation = set(id, "severity", Map.of("severity", 2)).getAsJsonObject("conversation");
        assertEquals("urgent", conversation.get("priority").getAsString());
        assertEquals(2, conversation.get("severity").getAsInt());
        Map<String, Object> none = new HashMap<>();
        none.put("severity", null);
        assertTrue(set(id, "severity", none).getAsJsonObject("conversation").get("severity").isJsonNull());
    }

    @Test
    void anUnknownPriorityOrSeverityIsRefused() {
        long id = conversation("Bad Triage");
        ApiResponse priority = desk.post("/api/v1/conversations/" + id + "/priority", Map.of("priority", "asap"));
        assertEquals(400, priority.status());
        assertTrue(priority.json().get("detail").getAsString().contains("low, normal, high or urgent"));
        assertEquals(400, desk.post("/api/v1/conversations/" + id + "/severity", Map.of("severity", 5)).status());
        assertEquals(404, desk.post("/api/v1/conversations/999999/priority", Map.of("priority", "low")).status());
    }

    @Test
    void sortingByPriorityPagesThroughEveryConversationOnceUrgentFirst() {
        List<JsonObject> all = pages("sort=priority");
        assertEquals(triaged.size(), all.size());
        assertEquals(triaged.size(), new HashSet<>(all.stream().map(c -> c.get("id").getAsLong()).toList()).size(),
                "no conversation twice across pages");
        List<String> order = List.of("urgent", "high", "normal", "low");
        for (int i = 1; i < all.size(); i++) {
            int before = order.indexOf(all.get(i - 1).get("priority").getAsString());
            int now = order.indexOf(all.get(i).get("priority").getAsString());
            assertTrue(before < now || (before == now && newerOrSame(all.get(i - 1), all.get(i))),
                    "order at " + i + ": " + all);
        }
    }

    @Test
    void sortingBySeverityPutsTheWorstFirstAndUntriagedLast() {
        List<JsonObject> all = pages("sort=severity");
        assertEquals(triaged.size(), all.size());
        List<Integer> severities = all.stream().map(c -> c.get("severity").isJsonNull() ? 5
                : c.get("severity").getAsInt()).toList();
        List<Integer> sorted = new ArrayList<>(severities);
        sorted.sort(Integer::compare);
        assertEquals(sorted, severities);
        assertEquals(5, severities.get(severities.size() - 1), "untriaged last");
    }

    @Test
    void theInboxFiltersByPriorityAndSeverity() {
        List<JsonObject> urgentOrHigh = pages("priority=urgent,high");
        assertEquals(5, urgentOrHigh.size());
        assertTrue(urgentOrHigh.stream().allMatch(c -> List.of("urgent", "high")
                .contains(c.get("priority").getAsString())));
        assertEquals(3, pages("severity=1").size());
        assertEquals(400, desk.get("/api/v1/conversations?priority=soon").status());
        assertEquals(400, desk.get("/api/v1/conversations?severity=9").status());
    }

    @Test
    void aCursorOfOneSortIsRefusedByAnother() {
        String cursor = desk.get("/api/v1/conversations?status=all&tag=triage-set&limit=2&sort=priority").json()
                .get("nextCursor").getAsString();
        ApiResponse refused = desk.get("/api/v1/conversations?status=all&tag=triage-set&limit=2&sort=severity&cursor="
                + cursor);
        assertEquals(400, refused.status());
        assertTrue(refused.json().get("detail").getAsString().contains("sort=priority"), refused.body());
    }

    private static boolean newerOrSame(JsonObject a, JsonObject b) {
        int byTime = a.get("updatedAt").getAsString().compareTo(b.get("updatedAt").getAsString());
        return byTime > 0 || (byTime == 0 && a.get("id").getAsLong() > b.get("id").getAsLong());
    }

    /** Every conversation of the set, two per page. */
    private static List<JsonObject> pages(String query) {
        List<JsonObject> all = new ArrayList<>();
        String cursor = null;
        do {
            ApiResponse page = desk.get("/api/v1/conversations?status=all&tag=triage-set&limit=2&" + query
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, page.status(), page.body());
            page.json().getAsJsonArray("items").forEach(e -> all.add(e.getAsJsonObject()));
            JsonElement next = page.json().get("nextCursor");
            cursor = next == null || next.isJsonNull() ? null : next.getAsString();
        } while (cursor != null);
        return all;
    }

    private static JsonObject set(long id, String what, Object body) {
        ApiResponse response = desk.post("/api/v1/conversations/" + id + "/" + what, body);
        assertEquals(200, response.status(), response.body());
        return response.json();
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
}
