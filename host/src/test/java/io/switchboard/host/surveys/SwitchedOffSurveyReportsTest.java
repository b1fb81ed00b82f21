package io.switchboard.host.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import io.switchboard.host.testing.TestDesk;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A survey an admin switches off asks no more, and its answers keep their place in the reports. */
class SwitchedOffSurveyReportsTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    private static final SurveyDesk surveys = new SurveyDesk(desk);

    private static List<String> reportedSurveys() {
        List<String> ids = new ArrayList<>();
        desk.get("/api/v1/reports").json().getAsJsonArray("surveys")
                .forEach(s -> ids.add(s.getAsJsonObject().get("id").getAsString()));
        return ids;
    }

    @Test
    void aSwitchedOffSurveyKeepsItsScoreInTheReportsAndAnUnusedOneIsNotListed() {
        long agent = desk.createUser("off.agent@test.local", "Off Agent", "agent", "a long password 1");
        surveys.enable("csat", List.of(), Map.of());
        surveys.answeredOnWebChat(agent, "5");
        surveys.answeredOnWebChat(agent, "2");
        TestDesk.await("both answers stored", () -> surveys.answers("survey=csat").size() == 2);
        surveys.disable("csat");

        assertEquals(List.of("csat"), reportedSurveys());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonObject totals = desk.get("/api/v1/reports/survey:csat?from=" + today.minusDays(1) + "&to="
                + today.plusDays(2) + "&zone=UTC&granularity=day").json().getAsJsonArray("series").get(0)
                .getAsJsonObject().getAsJsonObject("totals");
        assertEquals(2, totals.get("count").getAsLong());
        assertEquals(50.0, totals.getAsJsonObject("figures").get("score").getAsDouble(), 1e-9);
        assertFalse(reportedSurveys().contains("nps"), "NPS was never switched on nor answered");
    }
}
