package io.switchboard.host.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Scores through the REST API against hand-computed values, CSV export, and settings validation. */
class SurveyScoresAndSettingsTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    private static final SurveyDesk surveys = new SurveyDesk(desk);

    /** A web chat conversation assigned to an agent, resolved, and its survey answered with a reply. */
    private void answered(long agentId, String reply) {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("Help please");
            long id = surveys.conversationOf(visitor);
            assertEquals(200, desk.post("/api/v1/conversations/" + id + "/assign", Map.of("assigneeId", agentId))
                    .status());
            surveys.resolve(id);
            surveys.awaitSurveySent(id);
            assertEquals(202, visitor.say(reply).status());
        }
    }

    @Test
    void theCsatScoreOfAnAgentsAnswersMatchesTheHandComputedValue() {
        surveys.enable("csat", List.of(), Map.of());
        long agent = desk.createUser("csat.agent@test.local", "Csat Agent", "agent", "a long password 1");
        // 1, 2, 3, 4, 4, 5, 5, 5: 5 of 8 satisfied = 62.5 %, mean 29 / 8 = 3.625
        for (String reply : List.of("1", "two", "3", "4", "4!", "5", "⭐⭐⭐⭐⭐", "very satisfied")) {
            answered(agent, reply);
        }

        JsonObject score = desk.get("/api/v1/surveys/csat/score?agent=" + agent).json();
        assertEquals(62.5, score.get("value").getAsDouble());
        assertEquals(8, score.get("answers").getAsLong());
        assertEquals(3.625, score.getAsJsonObject("details").get("mean").getAsDouble());
        assertEquals("neutral", score.get("rating").getAsString());
        assertEquals(8, surveys.answers("survey=csat&agent=" + agent).size());

        // The reports API scores the same answers through the same plugin.
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        JsonObject totals = desk.get("/api/v1/reports/survey:csat?from=" + today.minusDays(1) + "&to="
                + today.plusDays(2) + "&zone=UTC&granularity=day&cut=agent&value=" + agent).json()
                .getAsJsonArray("series").get(0).getAsJsonObject().getAsJsonObject("totals");
        assertEquals(8, totals.get("count").getAsLong());
        assertEquals(62.5, totals.getAsJsonObject("figures").get("score").getAsDouble(), 1e-9);
        assertEquals(3.625, totals.getAsJsonObject("figures").get("mean").getAsDouble(), 1e-9);

        ApiResponse csv = desk.get("/api/v1/surveys/answers.csv?survey=csat&agent=" + agent);
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String[] lines = csv.body().split("\r\n");
        assertEquals(9, lines.length);
        assertTrue(lines[0].startsWith("request_id,survey,conversation_id"));
    }

    @Test
    void aPeriodWithoutAnswersHasNoDataNotZero() {
        JsonObject score = desk.get("/api/v1/surveys/nps/score?from=2000-01-01T00:00:00Z&to=2000-02-01T00:00:00Z")
                .json();
        assertTrue(score.get("value") == null || score.get("value").isJsonNull());
        assertEquals(0, score.get("answers").getAsLong());
        assertEquals("no_data", score.get("rating").getAsString());
    }

    @Test
    void cesLabelsThatFallAreRefusedWithAClearProblem() {
        ApiResponse refused = desk.send("PUT", "/api/v1/admin/surveys/ces", desk.adminToken(),
                Map.of("settings", Map.of("labels", "5=Very difficult|1=Very easy")));
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertTrue(refused.json().get("detail").getAsString().contains("labels must rise with the value"),
                refused.body());
    }

    @Test
    void unknownChannelsAndBadDelaysAreRefused() {
        ApiResponse refused = desk.send("PUT", "/api/v1/admin/surveys/nps", desk.adminToken(),
                Map.of("channels", List.of("pigeon"), "delaySeconds", -5, "lowScoreAction", "shout"));
        assertEquals(422, refused.status(), refused.body());
        String detail = refused.json().get("detail").getAsString();
        assertTrue(detail.contains("unknown channel type 'pigeon'"), detail);
        assertTrue(detail.contains("delaySeconds"), detail);
        assertTrue(detail.contains("lowScoreAction"), detail);
    }

    @Test
    void aSevenPointCesIsSavedAndAsksToSeven() {
        JsonObject saved = surveys.enable("ces", List.of("sms"), Map.of("settings", Map.of("scale", "7",
                "labels", "1=Nightmare|4=Okay|7=Breeze")));
        assertEquals(7, saved.getAsJsonObject("scale").get("max").getAsInt());
        assertTrue(saved.getAsJsonObject("defaultQuestions").get("en").getAsString().contains("to 7"));
        surveys.disable("ces");
    }

    @Test
    void agentsCannotChangeSurveySettings() {
        desk.createUser("plain.agent@test.local", "Plain Agent", "agent", "a long password 2");
        String token = desk.login("plain.agent@test.local", "a long password 2");
        assertEquals(403, desk.send("PUT", "/api/v1/admin/surveys/csat", token, Map.of("enabled", false)).status());
        assertEquals(200, desk.send("GET", "/api/v1/surveys", token, null).status());
    }
}
