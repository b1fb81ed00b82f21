package io.switchboard.host.followups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.MutableClock;
import io.switchboard.host.testing.SseClient;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Follow-up reminders: snoozing until a time, waking then or when the customer writes first. */
class FollowUpTest {

    private static final MutableClock clock = MutableClock.startingNow();
    private static TestDesk desk;
    private static String token;

    @BeforeAll
    static void start() {
        desk = TestDesk.start(clock, List.of());
        // A session ends when the clock jumps ahead; an API token lives on.
        token = desk.post("/api/v1/auth/tokens", Map.of("name", "follow-ups")).json().get("token").getAsString();
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    @Test
    void aSnoozedConversationLeavesTheInboxAndShowsInTheSnoozedView() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Sam Snooze"))) {
            visitor.say("My replacement has not arrived yet");
            long id = idOf("Sam Snooze", "include");

            ApiResponse snoozed = snooze(id, clock.instant().plus(Duration.ofDays(3)),
                    "check back when the replacement arrives");
            assertEquals(200, snoozed.status(), snoozed.body());

            assertFalse(ids(list("exclude")).contains(id), "gone from the default inbox");
            assertFalse(ids(list(null)).contains(id), "exclude is the default");
            JsonObject inSnoozed = find(list("only"), id);
            JsonObject followUp = inSnoozed.getAsJsonObject("followUp");
            assertTrue(followUp.get("snoozed").getAsBoolean());
            assertEquals("check back when the replacement arrives", followUp.get("reason").getAsString());
        }
    }

    @Test
    void whenItsTimeComesItReturnsToTheInboxWithItsReminderAnnouncedLive() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Tia Timer"));
             SseClient stream = SseClient.open(desk.http(), desk.url("/api/v1/events"), token)) {
            visitor.say("I'll wait for the courier");
            long id = idOf("Tia Timer", "include");
            snooze(id, clock.instant().plus(Duration.ofHours(2)), "ask whether the courier came");

            clock.advance(Duration.ofHours(1));
            assertFalse(ids(list(null)).contains(id), "an hour early it is still snoozed");

            clock.advance(Duration.ofHours(1).plusSeconds(1));
            TestDesk.await("the conversation is back in the inbox", () -> ids(list(null)).contains(id));
            JsonObject followUp = find(list(null), id).getAsJsonObject("followUp");
            assertFalse(followUp.get("snoozed").getAsBoolean());
            assertEquals("time", followUp.get("wokeBy").getAsString());
            assertEquals("ask whether the courier came", followUp.get("reason").getAsString());
            TestDesk.await("a live followup.due event", () -> stream.events().stream().anyMatch(e ->
                    e.name().equals("followup.due") && e.data().contains("\"conversationId\":" + id)));
        }
    }

    @Test
    void aCustomerReplyWakesItEarly() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Cleo Early"))) {
            visitor.say("first");
            long id = idOf("Cleo Early", "include");
            snooze(id, clock.instant().plus(Duration.ofDays(7)), "wait for photos");

            visitor.say("Here are the photos you asked for");

            JsonObject followUp = find(list(null), id).getAsJsonObject("followUp");
            assertEquals("customer", followUp.get("wokeBy").getAsString());
            assertEquals("wait for photos", followUp.get("reason").getAsString());
        }
    }

    @Test
    void aSnoozeSurvivesARestartAndWakesAfterIt() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Rhea Restart"))) {
            visitor.say("waiting for the refund");
            long id = idOf("Rhea Restart", "include");
            snooze(id, clock.instant().plus(Duration.ofHours(5)), "refund should have landed");

            desk.restart();
            assertFalse(ids(list(null)).contains(id), "still snoozed after the restart");
            clock.advance(Duration.ofHours(5).plusSeconds(1));
            TestDesk.await("woken by the restarted desk", () -> ids(list(null)).contains(id));
            assertEquals("time", find(list(null), id).getAsJsonObject("followUp").get("wokeBy").getAsString());
        }
    }

    @Test
    void dismissingTheReminderClearsIt() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Dora Dismiss"))) {
            visitor.say("hello");
            long id = idOf("Dora Dismiss", "include");
            snooze(id, clock.instant().plus(Duration.ofDays(1)), null);
            assertEquals(204, desk.send("DELETE", "/api/v1/conversations/" + id + "/snooze", token, null).status());
            JsonObject back = find(list(null), id);
            assertTrue(back.get("followUp").isJsonNull(), back.toString());
        }
    }

    @Test
    void snoozingUntilAPastTimeIsRefused() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Pat Past"))) {
            visitor.say("hello");
            long id = idOf("Pat Past", "include");
            ApiResponse refused = snooze(id, clock.instant().minusSeconds(1), "too late");
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.json().get("detail").getAsString().contains("future"), refused.body());
            ApiResponse malformed = desk.send("POST", "/api/v1/conversations/" + id + "/snooze", token,
                    Map.of("until", "tomorrow"));
            assertEquals(400, malformed.status());
            assertTrue(find(list(null), id).get("followUp").isJsonNull(), "not snoozed");
        }
    }

    private static ApiResponse snooze(long id, Instant until, String reason) {
        Map<String, String> body = new java.util.HashMap<>(Map.of("until", until.toString()));
        if (reason != null) {
            body.put("reason", reason);
        }
        return desk.send("POST", "/api/v1/conversations/" + id + "/snooze", token, body);
    }

    private static List<JsonObject> list(String snoozed) {
        ApiResponse response = desk.send("GET", "/api/v1/conversations?status=all&limit=100"
                + (snoozed == null ? "" : "&snoozed=" + snoozed), token, null);
        assertEquals(200, response.status(), response.body());
        List<JsonObject> items = new ArrayList<>();
        for (JsonElement e : response.json().getAsJsonArray("items")) {
            items.add(e.getAsJsonObject());
        }
        return items;
    }

    private static List<Long> ids(List<JsonObject> items) {
        return items.stream().map(c -> c.get("id").getAsLong()).toList();
    }

    private static JsonObject find(List<JsonObject> items, long id) {
        return items.stream().filter(c -> c.get("id").getAsLong() == id).findFirst()
                .orElseThrow(() -> new AssertionError("conversation " + id + " not listed"));
    }

    private static long idOf(String name, String snoozed) {
        return list(snoozed).stream().filter(c -> name.equals(c.getAsJsonObject("contact").get("name").getAsString()))
                .findFirst().orElseThrow().get("id").getAsLong();
    }
}
