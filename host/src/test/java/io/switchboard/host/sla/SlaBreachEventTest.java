package io.switchboard.host.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.MutableClock;
import io.switchboard.host.testing.SseClient;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A running desk on a controlled clock: when a conversation's first-response target passes
 * unmet, the agents' event stream gets {@code sla.breached} naming it, and the SLA list and the
 * conversation's SLA say breached. (That it is announced only once is SlaTrackerTest's.)
 */
class SlaBreachEventTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-04T10:00:00Z"));
    private final TestDesk desk = TestDesk.start(clock, List.of());

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aMissedFirstResponseIsAnnouncedOnTheAgentsStream() {
        ApiResponse policy = desk.post("/api/v1/admin/sla-policies", Map.of("name", "Quick", "firstResponseMinutes",
                10));
        assertEquals(201, policy.status(), policy.body());
        WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Wanda Wait")).say("hello?");
        long id = desk.get("/api/v1/conversations?status=all").json().getAsJsonArray("items").get(0).getAsJsonObject()
                .get("id").getAsLong();
        TestDesk.await("the SLA is computed", () -> desk.get("/api/v1/conversations/" + id + "/sla").status() == 200);
        assertEquals("running", firstResponseState(id));

        try (SseClient stream = SseClient.open(desk.http(), desk.url("/api/v1/events"), desk.adminToken())) {
            clock.advance(Duration.ofMinutes(10));
            TestDesk.await("sla.breached on the stream", () -> breaches(stream).size() >= 1);
            assertEquals(JsonParser.parseString("{\"conversationId\":" + id + "}"),
                    JsonParser.parseString(breaches(stream).get(0).data()));
            assertEquals("breached", firstResponseState(id));
            assertEquals(id, desk.get("/api/v1/sla/conversations?state=breached").jsonElement().getAsJsonArray()
                    .get(0).getAsJsonObject().get("conversationId").getAsLong());
        }
    }

    private String firstResponseState(long id) {
        return desk.get("/api/v1/conversations/" + id + "/sla").json().getAsJsonObject("firstResponse").get("state")
                .getAsString();
    }

    private static List<SseClient.Event> breaches(SseClient stream) {
        return stream.events().stream().filter(e -> e.name().equals("sla.breached")).toList();
    }
}
