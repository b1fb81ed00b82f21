package io.switchboard.host.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.Browser;
import io.switchboard.host.testing.BrowserSession;
import io.switchboard.host.testing.MutableClock;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.TestPlugins;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * On the desk's controlled clock, in a real Chromium: before opening time the SLA countdown is
 * paused and the web chat widget says when the desk reopens; once the due time passes on the
 * desk's clock the breach shows in the open conversation live, without a reload.
 */
class SlaLiveBrowserTest {

    // Monday 2026-03-09 08:00 UTC; the office opens at 09:00 UTC.
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-09T08:00:00Z"));
    private static TestDesk desk;
    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession();
    private static Browser browser;
    private static DeskPages pages;

    @BeforeAll
    static void start() {
        desk = TestDesk.start(CLOCK, TestPlugins.roots());
        browser = chromium.browser();
        pages = new DeskPages(desk, browser);
        List<List<String>> day = List.of(List.of("09:00", "17:00"));
        created(desk.post("/api/v1/admin/calendars", Map.of("name", "Office", "timeZone", "UTC", "weekly",
                Map.of("mon", day, "tue", day, "wed", day, "thu", day, "fri", day), "holidays", List.of(),
                "expectedResponseMinutes", 30)));
        created(desk.post("/api/v1/admin/sla-policies", Map.of("name", "Standard", "firstResponseMinutes", 30,
                "resolutionMinutes", 480)));
        created(desk.post("/api/v1/admin/channels", Map.of("type", "testsms", "name", "Support SMS", "key", "sms",
                "config", Map.of("accountId", "AC1", "apiKey", "k-123", "fromNumber", "+15550001111"))));
    }

    private static void created(ApiResponse response) {
        assertEquals(201, response.status(), response.body());
    }

    @AfterAll
    static void stop() {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void theWidgetHeaderSaysWhenTheClosedDeskReopens() {
        browser.open(pages.url("/demo/widget"));
        SearchContext widget = pages.widget();
        widget.findElement(By.cssSelector(".bubble")).click();
        WebElement expect = browser.await("the expected-response line", d -> {
            WebElement line = widget.findElement(By.cssSelector(".head .expect"));
            return line.isDisplayed() ? line : null;
        });
        assertEquals("We're closed; we reopen Monday 09:00.", expect.getText());
        assertEquals("Chat with us", widget.findElement(By.cssSelector(".head .title")).getText());
        browser.screenshot("widget-expected-response");
    }

    @Test
    void beforeOpeningTheCountdownIsPausedAndABreachShowsLiveWhenItsTimeComes() throws InterruptedException {
        pages.smsFrom("+15557770002", "Is anybody there this early?");
        pages.signInAsAdmin();
        pages.openConversation("anybody there this early");
        browser.await("the paused note", d -> d.findElement(By.id("sla-paused")).isDisplayed());
        String first = browser.find("#sla-first-response").getText();
        assertTrue(first.contains("30m 00s left"), first);
        Thread.sleep(2500); // a running countdown would have moved by now
        assertEquals(first, browser.find("#sla-first-response").getText(), "paused outside business hours");
        assertEquals("paused", browser.find("#sla").getAttribute("data-state"));

        CLOCK.advance(Duration.ofMinutes(90).plusSeconds(5)); // 09:30:05: the 30 business minutes are up
        browser.await("the breach shows live", d -> "breached".equals(
                d.findElement(By.id("sla-first-response")).getAttribute("data-state")));
        assertEquals("breached", browser.find("#sla").getAttribute("data-state"));
        assertTrue(browser.findAll("#sla-paused").isEmpty(), "open now, so not paused");
        browser.screenshot("sla-breached");
    }
}
