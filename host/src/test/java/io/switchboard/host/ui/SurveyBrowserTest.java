package io.switchboard.host.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.host.surveys.SurveyDesk;
import io.switchboard.host.testing.Browser;
import io.switchboard.host.testing.BrowserSession;
import io.switchboard.host.testing.TestDesk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * A CSAT survey end to end in a real headless Chromium: a visitor chats on the widget demo page,
 * the agent resolves the conversation in the desk, the widget shows the CSAT buttons (also after
 * the page is reloaded, from the history), the visitor clicks 5, and the agent sees the answer
 * in the conversation timeline and the contact panel.
 */
class SurveyBrowserTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession();
    private static Browser browser;
    private static DeskPages pages;

    @BeforeAll
    static void start() {
        browser = chromium.browser();
        pages = new DeskPages(desk, browser);
        desk.createUser(DeskPages.AGENT_EMAIL, DeskPages.AGENT_NAME, "agent", DeskPages.AGENT_PASSWORD);
        new SurveyDesk(desk).enable("csat", List.of("webchat"), Map.of());
    }

    @Test
    void theVisitorAnswersTheCsatWithAButtonAndTheAgentSeesIt() {
        pages.signInAsAgent();
        String desk = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        String widgetTab = browser.driver().getWindowHandle();
        SearchContext widget = openWidget();
        WebElement input = widget.findElement(By.cssSelector("textarea"));
        input.sendKeys("My tent pole snapped, can I get a spare?");
        input.sendKeys(Keys.ENTER);

        browser.driver().switchTo().window(desk);
        pages.openConversation("can I get a spare?");
        pages.write("A spare pole is on its way.");
        browser.awaitText(".timeline .entry.outbound", "A spare pole is on its way.");
        browser.find("#resolve").click();
        browser.awaitText(".conv-head .pill", "resolved");

        browser.driver().switchTo().window(widgetTab);
        List<WebElement> live = awaitChoices(widget);
        assertEquals(List.of("1 · Very unsatisfied", "2 · Unsatisfied", "3 · Neutral", "4 · Satisfied",
                "5 · Very satisfied"), live.stream().map(WebElement::getText).toList());

        // A reload renders the history: the buttons come back from it, not only from the live message.
        widget = openWidget();
        List<WebElement> reloaded = awaitChoices(widget);
        assertEquals(5, reloaded.size());
        browser.screenshot("widget-csat-buttons");
        reloaded.get(4).click();

        browser.driver().switchTo().window(desk);
        WebElement answer = browser.awaitText(".timeline .entry.survey-answer", "CSAT 5 (1–5)");
        assertEquals("5", answer.getAttribute("data-value"));
        browser.awaitText("#contact-survey-answers", "CSAT 5 (1–5)");
        assertTrue("resolved".equalsIgnoreCase(browser.find(".conv-head .pill").getText()), "the answer leaves it resolved");
        browser.screenshot("conversation-csat-answer");

        browser.driver().switchTo().window(widgetTab);
        SearchContext after = openWidget();
        browser.await("the answered question's buttons are spent after a reload", d -> {
            List<WebElement> buttons = after.findElements(By.cssSelector(".choices button"));
            return buttons.size() == 5 && buttons.stream().noneMatch(WebElement::isEnabled);
        });
        assertTrue(after.findElements(By.cssSelector(".msg.inbound")).stream().anyMatch(m -> m.getText().startsWith("5")));
    }

    /** Opens (or reloads) the widget demo page and the chat panel. */
    private static SearchContext openWidget() {
        browser.open(pages.url("/demo/widget"));
        SearchContext widget = pages.widget();
        widget.findElement(By.cssSelector(".bubble")).click();
        return widget;
    }

    private static List<WebElement> awaitChoices(SearchContext widget) {
        return browser.await("the CSAT buttons in the widget", d -> {
            List<WebElement> buttons = widget.findElements(By.cssSelector(".msg.outbound .choices button"));
            return buttons.size() == 5 ? buttons : null;
        });
    }
}
