package io.switchboard.host.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.host.testing.Browser;
import io.switchboard.host.testing.BrowserSession;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An agent's workflow in Chromium: a canned reply with a missing placeholder is flagged and
 * cannot be sent until filled in; then tagging, setting the priority, snoozing with a reminder,
 * and the inbox's search hits.
 */
class WorkflowBrowserTest {

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
    }

    @Test
    void anAgentAnswersWithACannedReplyTagsPrioritisesAndSnoozes() {
        try (WebChatVisitor wanda = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Wanda Parcel"))) {
            wanda.say("My parcel never arrived, can you help?");
            pages.signInAsAgent();
            pages.openConversation("My parcel never arrived");

            aMissingPlaceholderIsFlaggedUntilFilledIn();
            tagAndPrioritise();
            snoozeWithAReminder();
        }
    }

    @Test
    void theSearchBoxShowsMatchingMessagesWithSnippets() {
        try (WebChatVisitor sid = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Sid Search"))) {
            sid.say("The umbrella I ordered has a bent spoke");
            pages.signInAsAgent();
            pages.search("umbrella");
            WebElement hit = browser.awaitText("#search-hits .search-hit", "bent spoke");
            assertTrue(hit.getText().contains("Sid Search"), hit.getText());
            hit.click();
            browser.awaitText("#conversation-title", "Sid Search");
        }
    }

    private static void aMissingPlaceholderIsFlaggedUntilFilledIn() {
        WebElement box = browser.find("#composer-text");
        box.click();
        box.sendKeys("/");
        browser.await("the canned reply picker", d -> d.findElement(By.id("canned-picker")).isDisplayed());
        browser.find("#canned-search").sendKeys("replacement");
        browser.awaitText("#canned-list .canned-item", "Missing parcel, replacement shipped");
        browser.find("#canned-search").sendKeys(Keys.ENTER);

        WebElement warning = browser.awaitText("#placeholder-warning", "{{custom.order_number}}");
        assertTrue(warning.isDisplayed());
        assertFalse(browser.find("#send").isEnabled(), "a reply with a placeholder left cannot be sent");
        String text = box.getAttribute("value");
        assertTrue(text.startsWith("Hi Wanda, I am sorry"), text);
        assertEquals("{{custom.order_number}}", browser.script(
                "const t = document.getElementById('composer-text');"
                        + " return t.value.substring(t.selectionStart, t.selectionEnd);"), "the placeholder is selected");

        box.sendKeys("A-1042"); // types over the selected placeholder
        browser.await("the warning goes away", d -> !d.findElement(By.id("placeholder-warning")).isDisplayed());
        assertTrue(browser.find("#send").isEnabled());
        browser.find("#send").click();
        browser.awaitText(".timeline .entry.outbound", "replacement for order A-1042 today");
    }

    private static void tagAndPrioritise() {
        WebElement tag = browser.find("#tag-input");
        tag.sendKeys("Missing-Parcel", Keys.ENTER);
        browser.awaitText("#tag-chips .tag-chip", "missing-parcel");

        new Select(browser.find("#priority")).selectByValue("urgent");
        browser.awaitText(".conv-item.selected .badge.prio-urgent", "urgent");
        browser.awaitText(".conv-item.selected .badge.tag", "missing-parcel");
    }

    private static void snoozeWithAReminder() {
        browser.find("#snooze-open").click();
        browser.await("the snooze dialog", d -> d.findElement(By.id("snooze-dialog")).isDisplayed());
        browser.find("#snooze-reason").sendKeys("check back when the replacement arrives");
        browser.find("#snooze-submit").click();
        browser.awaitText("#reminder", "Snoozed until");
        browser.awaitText("#reminder", "check back when the replacement arrives");
        browser.await("gone from the inbox list", d -> d.findElements(By.cssSelector(".conv-item")).stream()
                .noneMatch(e -> e.getText().contains("Wanda Parcel")));

        browser.find("#snoozed-only").findElement(By.xpath("..")).click();
        browser.awaitText(".conv-item .badge.snoozed", "Snoozed until");
        browser.find("#snoozed-inbox").findElement(By.xpath("..")).click();
    }
}
