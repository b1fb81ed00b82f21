package io.switchboard.host.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.MutableClock;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public availability endpoint, on a desk whose clock the test moves, against measured replies. */
class ChannelAvailabilityApiTest {

    // Wednesday 2026-03-04 10:00 UTC.
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-04T10:00:00Z"));
    private static TestDesk desk;

    @BeforeAll
    static void start() {
        desk = TestDesk.start(CLOCK, List.of());
        List<List<String>> day = List.of(List.of("09:00", "17:00"));
        ApiResponse created = desk.post("/api/v1/admin/calendars", Map.of("name", "office", "timeZone", "UTC",
                "weekly", Map.of("mon", day, "tue", day, "wed", day, "thu", day, "fri", day), "holidays", List.of(),
                "expectedResponseMinutes", 30));
        assertEquals(201, created.status(), created.toString());
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    @Test
    void anyoneMayAskAndTheSlowerMeasuredMedianIsPromised() {
        long key = answerAfter(Duration.ofMinutes(50));
        answerAfter(Duration.ofMinutes(70));
        answerAfter(Duration.ofMinutes(90));

        ApiResponse response = desk.send("GET", "/api/v1/availability?channel=webchat", null, null);

        assertEquals(200, response.status(), response.toString());
        JsonObject body = response.json();
        assertEquals("We typically reply within 2 hours.", body.get("text").getAsString(), body.toString());
        assertEquals(70, body.get("medianFirstResponseMinutes").getAsLong());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void anUnknownChannelIsNotFound() {
        assertEquals(404, desk.send("GET", "/api/v1/availability?channel=nope", null, null).status());
    }

    /** A visitor writes, and an agent replies after the given time; returns the conversation id. */
    private static long answerAfter(Duration wait) {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("hello");
            long id = desk.desk().jdbi().withHandle(h -> h.createQuery("SELECT MAX(id) FROM conversations")
                    .mapTo(Long.class).one());
            CLOCK.advance(wait);
            desk.post("/api/v1/conversations/" + id + "/replies", Map.of("text", "hi"));
            CLOCK.advance(Duration.ofMinutes(-wait.toMinutes()));
            return id;
        }
    }
}
