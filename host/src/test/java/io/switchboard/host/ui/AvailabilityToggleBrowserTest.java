package io.switchboard.host.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.host.testing.Browser;
import io.switchboard.host.testing.BrowserSession;
import io.switchboard.host.testing.TestDesk;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** An agent sets their availability from the top bar in a real Chromium; a change made elsewhere shows live. */
class AvailabilityToggleBrowserTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession();
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = chromium.browser();
    }

    @Test
    void theTopBarControlSetsMyAvailabilityAndFollowsChangesMadeElsewhere() {
        new DeskPages(desk, browser).signInAsAdmin();
        browser.await("the availability control says offline", d -> "offline".equals(
                d.findElement(By.id("availability")).getAttribute("data-state")));

        new Select(browser.find("#availability")).selectByValue("online");
        browser.await("the desk has me online", d -> "online".equals(desk.get("/api/v1/agents/me").json()
                .get("availability").getAsString()));

        long me = desk.get("/api/v1/auth/me").json().get("id").getAsLong();
        assertEquals(200, desk.patch("/api/v1/agents/" + me, java.util.Map.of("availability", "away")).status());
        browser.await("the live change shows", d -> "away".equals(
                d.findElement(By.id("availability")).getAttribute("data-state")));
        assertEquals(List.of(), browser.pageErrors());
    }
}
