package io.switchboard.host.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.host.testing.Browser;
import io.switchboard.host.testing.BrowserSession;
import io.switchboard.host.testing.DashboardPage;
import io.switchboard.host.testing.MutableClock;
import io.switchboard.host.testing.TestDesk;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The reports dashboard in a real headless Chromium, signed in as an agent, over conversations
 * with known timestamps (minutes after 09:00 UTC; the browser's zone keeps them on their day):
 * <pre>
 * 2024-03-03 web chat: customer 0, reply 4 (A)               first response 240 s
 * 2024-03-04 web chat: customer 0, reply 10 (A), resolved 30  first response 600 s
 * 2024-03-04 web chat: customer 0, reply 2 (B), resolved 3    first response 120 s
 * 2024-03-04 SMS:      customer 0, reply 600 (B)               first response 36,000 s (over the 6 h target)
 * </pre>
 * Web chat on the 4th: mean (600 + 120) / 2 = 360 s = 6 min, +50% against the 3rd's 240 s, all
 * within target; all channels: mean 12,240 s = 3 h 24 min, two of three within target.
 */
class DashboardBrowserTest {

    private static final Instant MARCH_3 = Instant.parse("2024-03-03T09:00:00Z");
    private static final Instant MARCH_4 = Instant.parse("2024-03-04T09:00:00Z");
    private static TestDesk desk;
    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession();
    private static Browser browser;
    private static DashboardPage dashboard;

    @BeforeAll
    static void start() {
        MutableClock clock = new MutableClock(MARCH_3);
        desk = TestDesk.start(clock, List.of());
        long a = desk.createUser("a@test.local", "Agent A", "agent", "password 123");
        long b = desk.createUser("b@test.local", "Agent B", "agent", "password 123");
        var jdbi = desk.desk().jdbi();
        ConversationScript.open(jdbi, clock, "webchat", MARCH_3).customer(0).reply(4, a);
        ConversationScript.open(jdbi, clock, "webchat", MARCH_4).customer(0).reply(10, a).resolved(30);
        ConversationScript.open(jdbi, clock, "webchat", MARCH_4).customer(0).reply(2, b).resolved(3);
        ConversationScript.open(jdbi, clock, "sms", MARCH_4).customer(0).reply(600, b);
        desk.desk().metrics().catchUp();
        browser = chromium.browser();
        dashboard = new DashboardPage(desk, browser);
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    @Test
    void headlineFiguresForADayAndAChannelWithTheChangeAgainstTheDayBefore() {
        dashboard.open("a@test.local", "password 123");
        dashboard.show("2024-03-04", "2024-03-04", "webchat");

        WebElement frt = dashboard.card("first-response-time");
        assertEquals("6 min", dashboard.value("first-response-time"));
        assertTrue(frt.getText().contains("mean · 2 observations"), frt.getText());
        assertTrue(frt.getText().contains("+50.0% vs previous period"), frt.getText());
        assertEquals("100.0%", dashboard.value("within-target"));
        browser.await("a chart drawn by Chart.js", d -> !d.findElements(
                By.cssSelector(".dash-charts [data-metric='first-response-time'] canvas")).isEmpty());
        browser.awaitText("#dash-side", "No CSAT survey is installed.");
        browser.awaitText("#dash-by-agent", "Agent B");
        browser.screenshot("reports-dashboard");
    }

    @Test
    void allChannelsCountTheAnswerOverTheTarget() {
        dashboard.open("a@test.local", "password 123");
        dashboard.show("2024-03-04", "2024-03-04", "");

        assertEquals("3 h 24 min", dashboard.value("first-response-time"));
        assertEquals("66.7%", dashboard.value("within-target"));
        WebElement sms = browser.await("the SMS row by channel", d -> d.findElements(
                By.cssSelector("#dash-by-channel tr[data-key='sms']")).stream().findFirst().orElse(null));
        assertTrue(sms.getText().contains("10 h 00 min"), sms.getText());
    }

    @Test
    void aPeriodWithoutConversationsShowsNoData() {
        dashboard.open("a@test.local", "password 123");
        dashboard.show("2023-01-01", "2023-01-07", "");

        assertEquals("No data", dashboard.value("first-response-time"));
        assertEquals("No data", dashboard.value("within-target"));
        browser.awaitText("#dash-by-channel", "No data");
    }
}
