package io.switchboard.host.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.MutableClock;
import io.switchboard.host.testing.TestDesk;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A metric's life on a desk: enabling its plugin backfills it from the event log (progress in
 * GET /api/v1/reports), disabling keeps its history, and a restart resumes from the stored
 * high-water mark without counting anything twice. Each web chat conversation has a customer
 * message at minute 0 and an agent reply at minute 10 (first response 600 s): three events with its opening.
 */
class MetricLifecycleTest {

    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");
    private static final String FRT = "/api/v1/reports/first-response-time?from=2024-03-04&to=2024-03-05&zone=UTC";
    private MutableClock clock;
    private TestDesk desk;
    private long agent;

    @BeforeEach
    void start() {
        clock = new MutableClock(T0);
        desk = TestDesk.start(clock, List.of());
        agent = desk.createUser("a@test.local", "Agent A", "agent", "password 123");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private void conversation() {
        ConversationScript.open(desk.desk().jdbi(), clock, "webchat", T0).customer(0).reply(10, agent);
    }

    private long frtCount() {
        ApiResponse response = desk.get(FRT);
        assertEquals(200, response.status(), response.body());
        return response.json().getAsJsonArray("series").get(0).getAsJsonObject().getAsJsonObject("totals")
                .get("count").getAsLong();
    }

    private JsonObject catalogEntry(String id) {
        for (JsonElement e : desk.get("/api/v1/reports").json().getAsJsonArray("metrics")) {
            if (e.getAsJsonObject().get("id").getAsString().equals(id)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no metric " + id);
    }

    @Test
    void enablingAMetricPluginBackfillsWhatHappenedWhileItWasOffAndReportsProgress() {
        conversation();
        desk.desk().metrics().catchUp();
        assertEquals(200, desk.post("/api/v1/admin/plugins/metric-first-response/disable", null).status());
        conversation();
        conversation();
        desk.desk().metrics().catchUp();
        assertEquals(1, frtCount()); // not evaluated while off

        assertEquals(200, desk.post("/api/v1/admin/plugins/metric-first-response/enable", null).status());
        desk.desk().metrics().catchUp();

        assertEquals(3, frtCount());
        JsonObject done = catalogEntry("first-response-time").getAsJsonObject("backfill");
        assertFalse(done.get("running").getAsBoolean());
        assertEquals(1.0, done.get("progress").getAsDouble());
        assertEquals(9, done.get("events").getAsLong()); // read 3 conversations x 3 events (opened, message, reply)
        assertFalse(done.get("finishedAt").isJsonNull());
    }

    @Test
    void disablingAMetricPluginKeepsItsHistory() {
        conversation();
        desk.desk().metrics().catchUp();
        assertEquals(200, desk.post("/api/v1/admin/plugins/metric-first-response/disable", null).status());

        JsonObject entry = catalogEntry("first-response-time");
        assertFalse(entry.get("enabled").getAsBoolean());
        assertEquals(1, frtCount());
    }

    @Test
    void aRestartResumesFromTheHighWaterMarkWithoutCountingTwice() {
        conversation();
        desk.desk().metrics().catchUp();
        conversation(); // written just before the restart: the worker may or may not have seen it
        desk.restart();
        conversation();
        desk.desk().metrics().catchUp();

        assertEquals(3, frtCount());
    }

    @Test
    void aZoneGetsDayRowsOnFirstRequestWithTheSameFiguresAsTheObservationsGave() {
        conversation();
        ConversationScript.open(desk.desk().jdbi(), clock, "sms", T0.plusSeconds(13 * 3600)).customer(0)
                .reply(30, agent); // 22:00 UTC = 03:30 on the 5th in Kolkata
        desk.desk().metrics().catchUp();
        String kolkata = "/api/v1/reports/first-response-time?from=2024-03-04&to=2024-03-06&zone=Asia/Kolkata";

        String fromObservations = desk.get(kolkata).body(); // no day rows yet: read from observations
        desk.desk().metrics().catchUp(); // builds Kolkata's day rows
        assertTrue(desk.desk().metrics().zones().levels().dayLevel(java.time.ZoneId.of("Asia/Kolkata")).isPresent());
        String fromDayRows = desk.get(kolkata).body();

        assertEquals(fromObservations, fromDayRows);
        JsonObject series = desk.get(kolkata).json().getAsJsonArray("series").get(0).getAsJsonObject();
        assertEquals(1, series.getAsJsonArray("periods").get(0).getAsJsonObject().get("count").getAsLong());
        assertEquals(1, series.getAsJsonArray("periods").get(1).getAsJsonObject().get("count").getAsLong());
    }

    @Test
    void anAgentCutWithinOneChannelCountsOnlyThatChannel() {
        conversation();
        ConversationScript.open(desk.desk().jdbi(), clock, "sms", T0).customer(0).reply(30, agent);
        desk.desk().metrics().catchUp();

        JsonObject totals = desk.get(FRT + "&cut=agent&channel=sms").json().getAsJsonArray("series").get(0)
                .getAsJsonObject().getAsJsonObject("totals");
        assertEquals(1, totals.get("count").getAsLong());
        assertEquals(1800, totals.getAsJsonObject("figures").get("mean").getAsDouble(), 1e-9);
        assertEquals(2, frtCount());
        assertEquals(400, desk.get(FRT + "&cut=team&channel=sms").status());
    }
}
