package io.switchboard.host.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.MutableClock;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Tag counts per period against the previous period, and the tags seen more than once this
 * week, on a clock the test moves: last week (ending Sunday 1 November 2026) and this week.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TagReportTest {

    private static final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T12:00:00Z"));
    private static TestDesk desk;
    private static String token;
    private static final List<Long> conversations = new ArrayList<>();

    @BeforeAll
    static void lastWeekAndThisWeek() {
        desk = TestDesk.start(clock, List.of());
        token = desk.post("/api/v1/auth/tokens", Map.of("name", "tag-report")).json().get("token").getAsString();
        for (int i = 1; i <= 8; i++) {
            try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Customer " + i))) {
                visitor.say("message " + i);
            }
        }
        for (JsonElement e : get("/api/v1/conversations?status=all&limit=100").json().getAsJsonArray("items")) {
            conversations.add(0, e.getAsJsonObject().get("id").getAsLong());
        }
        // Sunday 1 November: refund twice, broken six times, typo once.
        tag("refund", 1, 2);
        tag("broken", 1, 6);
        tag("typo", 1, 1);
        clock.advance(Duration.ofDays(7)); // Sunday 8 November, 12:00 UTC
        tag("refund", 3, 8);
        tag("broken", 7, 8);
        tag("typo", 2, 3);
        tag("once-only", 1, 1);
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    @Test
    @Order(1)
    void aTagThatJumpsOrDropsByMoreThanHalfIsFlagged() {
        Map<String, JsonObject> tags = report("from=2026-11-02&to=2026-11-08&zone=UTC");
        assertEquals(6, tags.get("refund").get("count").getAsLong());
        assertEquals(2, tags.get("refund").get("previousCount").getAsLong());
        assertEquals(200.0, tags.get("refund").get("changePercent").getAsDouble());
        assertEquals("spike", tags.get("refund").get("flag").getAsString());
        assertEquals("drop", tags.get("broken").get("flag").getAsString());
        assertEquals(-66.7, tags.get("broken").get("changePercent").getAsDouble());
    }

    @Test
    @Order(2)
    void smallCountsAreNotSpikesUnlessTheMinimumIsLowered() {
        assertTrue(report("from=2026-11-02&to=2026-11-08").get("typo").get("flag").isJsonNull(), "1 -> 2");
        assertEquals("spike", report("from=2026-11-02&to=2026-11-08&minCount=2").get("typo").get("flag")
                .getAsString());
    }

    @Test
    @Order(3)
    void theDefaultPeriodIsTheLastSevenDaysAndTheThresholdIsAParameter() {
        ApiResponse response = get("/api/v1/tags/report?threshold=250");
        JsonObject body = response.json();
        assertEquals("2026-11-02", body.get("from").getAsString());
        assertEquals("2026-11-08", body.get("to").getAsString());
        assertEquals("2026-10-26", body.get("previousFrom").getAsString());
        assertEquals("2026-11-01", body.get("previousTo").getAsString());
        assertTrue(tagsOf(body).get("refund").get("flag").isJsonNull(), "+200% is under a 250% threshold");
    }

    @Test
    @Order(4)
    void periodsAreWholeDaysInTheGivenZone() {
        // In Kiritimati (UTC+14) last week's tags (1 November 12:00 UTC) fell on Monday 2 November,
        // and this week's on Monday 9 November: the same dates as in UTC split differently.
        Map<String, JsonObject> tags = report("from=2026-11-02&to=2026-11-08&zone=Pacific/Kiritimati");
        assertEquals(2, tags.get("refund").get("count").getAsLong());
        assertEquals(0, tags.get("refund").get("previousCount").getAsLong());
    }

    @Test
    @Order(5)
    void tagsSeenMoreThanOnceThisWeekAreListed() {
        Map<String, Long> repeated = repeated("UTC");
        assertEquals(Map.of("refund", 6L, "broken", 2L, "typo", 2L), repeated, "once-only is left out; last week's"
                + " tags count for last week");
    }

    @Test
    @Order(6)
    void theWeekStartsOnMondayInTheZone() {
        clock.advance(Duration.ofHours(11).plusMinutes(30)); // Sunday 23:30 UTC = Monday 00:30 in Prague
        assertEquals(Map.of(), repeated("Europe/Prague"));
        assertEquals(3, repeated("UTC").size());
    }

    @Test
    @Order(7)
    void badParametersAreRefused() {
        assertEquals(400, get("/api/v1/tags/report?from=2026-11-08&to=2026-11-01").status());
        assertEquals(400, get("/api/v1/tags/report?zone=Mars/Olympus").status());
        assertEquals(400, get("/api/v1/tags/report?from=yesterday").status());
        assertEquals(400, get("/api/v1/tags/report?threshold=0").status());
    }

    private static Map<String, JsonObject> report(String query) {
        ApiResponse response = get("/api/v1/tags/report?" + query);
        assertEquals(200, response.status(), response.body());
        return tagsOf(response.json());
    }

    private static Map<String, JsonObject> tagsOf(JsonObject report) {
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        report.getAsJsonArray("tags").forEach(e -> tags.put(e.getAsJsonObject().get("tag").getAsString(),
                e.getAsJsonObject()));
        return tags;
    }

    private static Map<String, Long> repeated(String zone) {
        ApiResponse response = get("/api/v1/tags/repeated?zone=" + zone);
        assertEquals(200, response.status(), response.body());
        Map<String, Long> tags = new LinkedHashMap<>();
        response.json().getAsJsonArray("tags").forEach(e -> tags.put(e.getAsJsonObject().get("tag").getAsString(),
                e.getAsJsonObject().get("count").getAsLong()));
        return tags;
    }

    /** Tags conversations number {@code first} to {@code last} (1-based, oldest first). */
    private static void tag(String tag, int first, int last) {
        for (int i = first; i <= last; i++) {
            ApiResponse added = desk.send("POST", "/api/v1/conversations/" + conversations.get(i - 1) + "/tags",
                    token, Map.of("tag", tag));
            assertEquals(200, added.status(), added.body());
        }
    }

    private static ApiResponse get(String path) {
        return desk.send("GET", path, token, null);
    }
}
