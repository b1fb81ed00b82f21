package io.switchboard.host.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.MutableClock;
import io.switchboard.host.testing.TestDesk;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Five conversations with known timestamps across web chat, SMS, email and a voice call, with
 * bot and automated messages, a private note and a reopened conversation, evaluated by the
 * real metric plugins and read through the reports API. Every figure is computed by hand
 * (minutes after 09:00 UTC on 2024-03-04; agents A and B):
 * <pre>
 * C1 web chat, team 7: customer 0, bot reply 0.1, note 1 (A), reply 10 (A), customer 12, reply 20 (A), resolved 30
 * C2 SMS, team 7:      customer 0, reply 60 (B), resolved 70
 * C3 email:            customer 0, auto-reply in 1, reply 480 (A), resolved 490, customer reopens 600,
 *                      reply 620 (A), resolved 630
 * C4 voice:            assigned to B 0, call CA1 ended 5 with 240 s talk, resolved 6
 * C5 web chat:         customer 0, reply 2 (B), resolved 3
 * </pre>
 * Percentiles come from the log histogram and are pinned within its stated 1% error.
 */
class MetricFiguresTest {

    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");
    private static final String PERIOD = "?from=2024-03-04&to=2024-03-05&zone=UTC&granularity=day";
    private static MutableClock clock;
    private static TestDesk desk;
    private static long agentA;
    private static long agentB;

    @BeforeAll
    static void script() {
        clock = new MutableClock(T0);
        desk = TestDesk.start(clock, List.of());
        agentA = desk.createUser("a@test.local", "Agent A", "agent", "password 123");
        agentB = desk.createUser("b@test.local", "Agent B", "agent", "password 123");
        var jdbi = desk.desk().jdbi();
        ConversationScript.open(jdbi, clock, "webchat", T0).team(7).customer(0).botReply(0.1).note(1, agentA)
                .reply(10, agentA).customer(12).reply(20, agentA).resolved(30);
        ConversationScript.open(jdbi, clock, "sms", T0).team(7).customer(0).reply(60, agentB).resolved(70);
        ConversationScript.open(jdbi, clock, "email", T0).customer(0).automatedMessage(1).reply(480, agentA)
                .resolved(490).customerReopens(600).reply(620, agentA).resolved(630);
        ConversationScript.open(jdbi, clock, "voice", T0).assigned(0, agentB).callEnded(5, "CA1", 240).resolved(6);
        ConversationScript.open(jdbi, clock, "webchat", T0).customer(0).reply(2, agentB).resolved(3);
        desk.desk().metrics().catchUp();
    }

    @AfterAll
    static void close() {
        desk.close();
    }

    private static JsonObject totals(String metric, String query) {
        ApiResponse response = desk.get("/api/v1/reports/" + metric + PERIOD + query);
        assertEquals(200, response.status(), response.body());
        return response.json().getAsJsonArray("series").get(0).getAsJsonObject().getAsJsonObject("totals");
    }

    private static double figure(JsonObject point, String name) {
        return point.getAsJsonObject("figures").get(name).getAsDouble();
    }

    private static void assertWithinHistogramError(double expected, double actual) {
        assertEquals(expected, actual, expected * LogHistogram.RELATIVE_ERROR, "percentile");
    }

    @Test
    void firstResponseTimeIgnoresBotRepliesNotesAndAutoReplies() {
        JsonObject frt = totals("first-response-time", "");
        assertEquals(4, frt.get("count").getAsLong());
        assertEquals(8280, figure(frt, "mean"), 1e-9); // (600 + 3600 + 28800 + 120) / 4
        assertWithinHistogramError(600, figure(frt, "median"));
        assertWithinHistogramError(28_800, figure(frt, "p90"));
        assertEquals(28_800, figure(frt, "max"), 1e-9);
        assertEquals(0.75, figure(frt, "within_target"), 1e-9); // the email's 8 h misses the 6 h target
    }

    @Test
    void firstResponseTimeByChannelAndByAgent() {
        assertEquals(360, figure(totals("first-response-time", "&cut=channel&value=webchat"), "mean"), 1e-9);
        assertEquals(3600, figure(totals("first-response-time", "&cut=channel&value=sms"), "mean"), 1e-9);
        assertEquals(14_700, figure(totals("first-response-time", "&cut=agent&value=" + agentA), "mean"), 1e-9);
        assertEquals(1860, figure(totals("first-response-time", "&cut=agent&value=" + agentB), "mean"), 1e-9);
        assertEquals(2100, figure(totals("first-response-time", "&cut=team&value=7"), "mean"), 1e-9);
    }

    @Test
    void resolutionTimeCountsToTheLastResolution() {
        JsonObject resolution = totals("resolution-time", "");
        assertEquals(5, resolution.get("count").getAsLong());
        assertEquals(8868, figure(resolution, "mean"), 1e-9); // (1800 + 4200 + 37800 + 360 + 180) / 5
        assertWithinHistogramError(1800, figure(resolution, "median"));
        assertWithinHistogramError(37_800, figure(resolution, "p90"));
    }

    @Test
    void replyTimeCountsEveryAgentReply() {
        JsonObject reply = totals("reply-time", "");
        assertEquals(6, reply.get("count").getAsLong());
        assertEquals(5800, figure(reply, "mean"), 1e-9); // (600 + 480 + 3600 + 28800 + 1200 + 120) / 6
        assertWithinHistogramError(600, figure(reply, "median"));
    }

    @Test
    void firstContactResolutionIsTakenBackByTheReopen() {
        JsonObject fcr = totals("first-contact-resolution", "");
        assertEquals(5, fcr.get("count").getAsLong());
        assertEquals(0.6, figure(fcr, "share"), 1e-9); // C2, C4 (one call), C5; not C1 (2 replies), C3 (reopened)
    }

    @Test
    void averageHandleTimePerChannelAndOverall() {
        assertEquals(5740, figure(totals("average-handle-time", ""), "mean"), 1e-9);
        assertEquals(300, figure(totals("average-handle-time", "&cut=channel&value=webchat"), "mean"), 1e-9);
        assertEquals(3600, figure(totals("average-handle-time", "&cut=channel&value=sms"), "mean"), 1e-9);
        assertEquals(15_000, figure(totals("average-handle-time", "&cut=channel&value=email"), "mean"), 1e-9);
        JsonObject voice = totals("average-handle-time", "&cut=channel&value=voice");
        assertEquals(240, figure(voice, "mean"), 1e-9);
        assertEquals(1, voice.get("count").getAsLong());
    }

    @Test
    void volumesCountConversationsCustomerMessagesAndAgentReplies() {
        assertEquals(5, figure(totals("conversations-opened", ""), "count"), 1e-9);
        assertEquals(6, figure(totals("customer-messages", ""), "count"), 1e-9);
        assertEquals(6, figure(totals("agent-replies", ""), "count"), 1e-9);
        assertEquals(2, figure(totals("conversations-opened", "&cut=channel&value=webchat"), "count"), 1e-9);
    }

    @Test
    void anEmptyPeriodSaysNoDataInsteadOfZero() {
        ApiResponse response = desk.get("/api/v1/reports/first-response-time?from=2024-03-05&to=2024-03-07&zone=UTC");
        JsonObject series = response.json().getAsJsonArray("series").get(0).getAsJsonObject();
        assertTrue(series.getAsJsonObject("totals").get("noData").getAsBoolean());
        assertEquals(0, series.getAsJsonObject("totals").get("count").getAsLong());
        JsonObject totals = series.getAsJsonObject("totals");
        assertTrue(!totals.has("figures") || totals.get("figures").isJsonNull());
        assertEquals(2, series.getAsJsonArray("periods").size());
    }

    @Test
    void aHalfHourZoneReadsQuarterHourRowsAndGetsTheSameDay() {
        ApiResponse response = desk.get("/api/v1/reports/first-response-time"
                + "?from=2024-03-04&to=2024-03-05&zone=Asia/Kolkata&granularity=day");
        JsonObject day = response.json().getAsJsonArray("series").get(0).getAsJsonObject().getAsJsonArray("periods")
                .get(0).getAsJsonObject();
        assertEquals("2024-03-04T00:00+05:30", day.get("start").getAsString());
        assertEquals(4, day.get("count").getAsLong()); // 09:00 UTC is 14:30 in Kolkata; all on the 4th
    }

    @Test
    void csvExportSaysNoDataForEmptyPeriods() {
        ApiResponse csv = desk.get("/api/v1/reports/first-response-time/csv?from=2024-03-04&to=2024-03-06&zone=UTC");
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("report,series,period_start,count,mean,median,p90,max,within_target\n"),
                csv.body());
        assertTrue(csv.body().contains("first-response-time,all,2024-03-04T00:00Z,4,8280.0,"), csv.body());
        assertTrue(csv.body().contains("first-response-time,all,2024-03-05T00:00Z,0,no data,no data,no data,no data,"
                + "no data"), csv.body());
    }
}
