package io.switchboard.host.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.host.testing.BrowserSession;
import io.switchboard.host.testing.DashboardPage;
import io.switchboard.host.testing.TestDesk;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The reports dashboard shows the survey scores beside the metrics, for the chosen period and
 * channel, in a real headless Chromium. Web chat customers answer real surveys: CSAT 5 and 2
 * (one of two satisfied: 50.0%), NPS 10 and 3 (50% promoters less 50% detractors: 0), CES 5
 * and 3 on the 5-point scale (mean 4.00).
 */
class SurveyDashboardBrowserTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession();
    private static final SurveyDesk surveys = new SurveyDesk(desk);

    private static void answeredOnly(String survey, long agent, String... replies) {
        surveys.enable(survey, List.of(), Map.of());
        for (String reply : replies) {
            surveys.answeredOnWebChat(agent, reply);
        }
        surveys.disable(survey); // the next survey type's replies answer that one alone
    }

    @Test
    void theDashboardShowsEachSurveysScoreBesideTheMetricsForThePeriodAndChannel() {
        long agent = desk.createUser("dash.agent@test.local", "Dash Agent", "agent", "a long password 1");
        answeredOnly("csat", agent, "5", "2");
        answeredOnly("nps", agent, "10", "3");
        answeredOnly("ces", agent, "5", "3");
        List.of("csat", "nps", "ces").forEach(s -> surveys.enable(s, List.of(), Map.of()));
        TestDesk.await("the surveys' answers stored", () -> surveys.answers("survey=ces").size() == 2);
        desk.desk().metrics().catchUp();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        DashboardPage dashboard = new DashboardPage(desk, chromium.browser());
        dashboard.open("dash.agent@test.local", "a long password 1");
        dashboard.show(today.minusDays(1).toString(), today.plusDays(1).toString(), "webchat");

        assertEquals("50.0%", dashboard.value("survey:csat"));
        assertEquals("0", dashboard.value("survey:nps"));
        assertEquals("4.00", dashboard.value("survey:ces"));
        assertTrue(dashboard.card("survey:csat").getText().contains("score · 2 observations"),
                dashboard.card("survey:csat").getText());
        assertTrue(dashboard.card("first-response-time").getText().contains("mean · 6 observations"),
                dashboard.card("first-response-time").getText());
        chromium.browser().await("CSAT charted beside first response time", d -> !d.findElements(
                By.cssSelector("#dash-side [data-metric='pair-csat'] canvas")).isEmpty());
        chromium.browser().screenshot("reports-dashboard-surveys");
    }
}
