package io.switchboard.host.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * NPS and CES scores through the REST API against hand-computed values, with answers given the
 * way customers give them (replies on web chat). Each test answers for its own agent and reads the
 * score of that agent's cut, so the tests do not see each other's answers.
 */
class NpsAndCesScoresTest {

    private static final double EXACT = 1e-9;

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    private static final SurveyDesk surveys = new SurveyDesk(desk);

    /** Only this survey on, for web chat, with these plugin settings. */
    private static void only(String survey, Map<String, String> settings) {
        for (String other : List.of("csat", "nps", "ces")) {
            if (!other.equals(survey)) {
                surveys.disable(other);
            }
        }
        surveys.enable(survey, List.of("webchat"), Map.of("settings", settings));
    }

    /** A web chat conversation assigned to the agent, resolved, and its survey answered with the reply. */
    private static void answered(long agentId, String reply) {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("Help please");
            long id = surveys.conversationOf(visitor);
            assertEquals(200, desk.post("/api/v1/conversations/" + id + "/assign", Map.of("assigneeId", agentId))
                    .status());
            surveys.resolve(id);
            surveys.awaitSurveySent(id);
            assertEquals(202, visitor.say(reply).status());
            assertEquals(1, surveys.answers("conversation=" + id).size(), "'" + reply + "' is an answer");
        }
    }

    private static long agent(String name) {
        return desk.createUser(name + "@test.local", name, "agent", "a long password " + name);
    }

    @Test
    void theNpsOfPromotersPassivesAndDetractorsMatchesTheHandComputedValue() {
        only("nps", Map.of());
        long agent = agent("nps.agent");
        // 10, 10, 9 promoters; 8, 7 passives; 3, 0 detractors: (3 - 2) / 7 = 14.29 % -> 14
        for (String reply : List.of("10", "10!", "nine", "8", "7", "3", "0")) {
            answered(agent, reply);
        }

        JsonObject score = desk.get("/api/v1/surveys/nps/score?agent=" + agent).json();
        assertEquals(14.0, score.get("value").getAsDouble());
        assertEquals("nps", score.get("unit").getAsString());
        assertEquals(7, score.get("answers").getAsLong());
        assertEquals("neutral", score.get("rating").getAsString(), "0 <= 14 < 30");
        JsonObject details = score.getAsJsonObject("details");
        assertEquals(300.0 / 7, details.get("promoters").getAsDouble(), EXACT);
        assertEquals(200.0 / 7, details.get("passives").getAsDouble(), EXACT);
        assertEquals(200.0 / 7, details.get("detractors").getAsDouble(), EXACT);
    }

    @Test
    void aFivePointCesMatchesTheHandComputedMeanAndShares() {
        only("ces", Map.of("scale", "5"));
        long agent = agent("ces5.agent");
        // 5, 5, 4, 3, 2, 1: mean 20 / 6 = 3.33; easiest two 3 of 6 = 50 %; hardest 1 of 6 = 16.67 %
        for (String reply : List.of("5", "very easy", "4", "3", "two", "1")) {
            answered(agent, reply);
        }

        JsonObject score = desk.get("/api/v1/surveys/ces/score?agent=" + agent).json();
        assertEquals(20.0 / 6, score.get("value").getAsDouble(), EXACT);
        assertEquals("mean", score.get("unit").getAsString());
        assertEquals(6, score.get("answers").getAsLong());
        assertEquals("neutral", score.get("rating").getAsString());
        JsonObject details = score.getAsJsonObject("details");
        assertEquals(50.0, details.get("lowEffortShare").getAsDouble(), EXACT);
        assertEquals(100.0 / 6, details.get("hardestShare").getAsDouble(), EXACT);
        assertEquals(0.0, details.get("good").getAsDouble(), "good needs a mean of 4");
        assertEquals(1.0, details.get("aboveNeutral").getAsDouble(), "3.33 is above the midpoint 3");
        assertEquals(5.0, details.get("points").getAsDouble());
    }

    @Test
    void aSevenPointCesMatchesTheHandComputedMeanAndSharesAndIsGoodFromSix() {
        only("ces", Map.of("scale", "7"));
        long agent = agent("ces7.agent");
        // 7, 7, 6, 6, 5, 5: mean 36 / 6 = 6.0 (good on 7 points); easiest two 4 of 6 = 66.67 %; hardest none
        for (String reply : List.of("7", "7", "six", "6", "5", "5")) {
            answered(agent, reply);
        }

        JsonObject score = desk.get("/api/v1/surveys/ces/score?agent=" + agent).json();
        assertEquals(6.0, score.get("value").getAsDouble(), EXACT);
        assertEquals(6, score.get("answers").getAsLong());
        assertEquals("good", score.get("rating").getAsString());
        JsonObject details = score.getAsJsonObject("details");
        assertEquals(400.0 / 6, details.get("lowEffortShare").getAsDouble(), EXACT);
        assertEquals(0.0, details.get("hardestShare").getAsDouble(), EXACT);
        assertEquals(1.0, details.get("good").getAsDouble());
        assertEquals(1.0, details.get("aboveNeutral").getAsDouble(), "6 is above the midpoint 4");
        assertEquals(6.0, details.get("goodThreshold").getAsDouble());
        assertEquals(4.0, details.get("midpoint").getAsDouble());
    }

    @Test
    void aSevenPointCesBelowItsMidpointIsPoorAndNotAboveNeutral() {
        only("ces", Map.of("scale", "7"));
        long agent = agent("ces7low.agent");
        // 1, 1, 2, 4: mean 8 / 4 = 2.0; easiest two none; hardest 2 of 4 = 50 %
        for (String reply : List.of("1", "1", "2", "4")) {
            answered(agent, reply);
        }

        JsonObject score = desk.get("/api/v1/surveys/ces/score?agent=" + agent).json();
        assertEquals(2.0, score.get("value").getAsDouble(), EXACT);
        assertEquals("poor", score.get("rating").getAsString());
        JsonObject details = score.getAsJsonObject("details");
        assertEquals(0.0, details.get("lowEffortShare").getAsDouble(), EXACT);
        assertEquals(50.0, details.get("hardestShare").getAsDouble(), EXACT);
        assertEquals(0.0, details.get("aboveNeutral").getAsDouble());
    }
}
