package io.switchboard.host.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.Browser;
import io.switchboard.host.testing.BrowserSession;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.TestPlugins;
import io.switchboard.host.testing.WebChatVisitor;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * The agent side of the web UI in a real headless Chromium: signing in, the live inbox with the
 * web chat widget, filters, resolving, the contact panel across channels, escaping, phone width.
 */
class WebUiBrowserTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass(TestPlugins.roots());
    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession();
    private static Browser browser;
    private static DeskPages pages;

    @BeforeAll
    static void start() {
        browser = chromium.browser();
        pages = new DeskPages(desk, browser);
        desk.createUser(DeskPages.AGENT_EMAIL, DeskPages.AGENT_NAME, "agent", DeskPages.AGENT_PASSWORD);
        ApiResponse sms = desk.post("/api/v1/admin/channels", Map.of("type", "testsms", "name", "Support SMS", "key",
                "sms", "config", Map.of("accountId", "AC1", "apiKey", "k-123", "fromNumber", "+15550001111")));
        assertEquals(201, sms.status(), sms.body());
    }

    @AfterEach
    void desktopAgain() {
        browser.size(Browser.DESKTOP);
    }

    @Test
    void anAgentSignsInAndOut() {
        pages.signedOut();
        browser.find("#login-email").sendKeys(DeskPages.AGENT_EMAIL);
        browser.find("#login-password").sendKeys("not the password");
        browser.find(".login-card button[type=submit]").click();
        browser.awaitText("#login-error", "Wrong email or password");

        browser.find("#login-password").clear();
        browser.find("#login-password").sendKeys(DeskPages.AGENT_PASSWORD);
        browser.find("#login-password").sendKeys(Keys.ENTER);
        browser.awaitText(".topbar .me", DeskPages.AGENT_NAME);
        assertEquals("Inbox · Switchboard", browser.driver().getTitle());

        browser.find("#sign-out").click();
        browser.await("the sign-in form again", d -> !d.findElements(By.id("login-email")).isEmpty());
        browser.open(pages.url("/#/inbox"));
        browser.await("still signed out after a reload", d -> !d.findElements(By.id("login-email")).isEmpty());
    }

    @Test
    void aVisitorsMessageAppearsLiveInTheInboxAndTheReplyLiveInTheWidget() {
        pages.signInAsAgent();
        String inbox = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open(pages.url("/demo/widget"));
        SearchContext widget = pages.widget();
        widget.findElement(By.cssSelector(".bubble")).click();
        WebElement input = widget.findElement(By.cssSelector("textarea"));
        input.sendKeys("Hello from the demo page, where is my tent?");
        input.sendKeys(Keys.ENTER);
        String widgetTab = browser.driver().getWindowHandle();

        browser.driver().switchTo().window(inbox);
        pages.openConversation("where is my tent?");
        browser.awaitText(".timeline .entry.inbound", "where is my tent?");
        pages.write("It left our warehouse this morning.");
        browser.awaitText(".timeline .entry.outbound", "It left our warehouse this morning.");
        browser.await("the reply is delivered", d -> !d.findElements(
                By.cssSelector(".entry.outbound .delivery[data-status='sent'], .entry.outbound .delivery[data-status='delivered']"))
                .isEmpty());
        browser.screenshot("conversation-webchat");

        browser.driver().switchTo().window(widgetTab);
        browser.await("the reply in the widget", d -> widget.findElements(By.cssSelector(".msg.outbound")).stream()
                .anyMatch(e -> e.getText().contains("It left our warehouse this morning.")));
        browser.screenshot("widget-demo");
        browser.driver().close();
        browser.driver().switchTo().window(inbox);
    }

    @Test
    void filtersSearchKeyboardAndResolving() {
        try (WebChatVisitor fiona = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Fiona Filter"))) {
            fiona.say("zebra question by chat");
            pages.smsFrom("+15550107777", "zebra question by sms");
            pages.signInAsAgent();
            pages.search("zebra");
            browser.await("both zebra conversations", d -> d.findElements(By.cssSelector(".conv-item")).size() == 2);
            filterByChannelAndAssignee();
            moveWithTheKeyboard();
            resolveWithTheKeyboardAndReopen();
        }
    }

    private static void filterByChannelAndAssignee() {
        pages.selectChannel("testsms");
        browser.await("only the SMS", d -> d.findElements(By.cssSelector(".conv-item")).size() == 1);
        browser.awaitText(".conv-item", "+15550107777");
        pages.selectChannel("");
        browser.await("both again", d -> d.findElements(By.cssSelector(".conv-item")).size() == 2);

        pages.assignee("me");
        browser.await("none is mine yet", d -> d.findElements(By.cssSelector(".conv-item")).isEmpty());
        pages.assignee("");
        pages.openConversation("Fiona Filter");
        browser.find("#assign-me").click();
        browser.awaitText(".conv-head .actions", "Alex Agent (me)");
        pages.assignee("me");
        browser.await("Fiona is mine", d -> d.findElements(By.cssSelector(".conv-item")).size() == 1);
        browser.awaitText(".conv-item", "Fiona Filter");
        pages.assignee("");
        browser.await("both again", d -> d.findElements(By.cssSelector(".conv-item")).size() == 2);
    }

    private static void moveWithTheKeyboard() {
        browser.find("#conversation-title").click();
        String opened = browser.driver().getCurrentUrl();
        browser.find("body").sendKeys("j");
        browser.await("j opens the next conversation", d -> !d.getCurrentUrl().equals(opened));
        browser.find("body").sendKeys("k");
        browser.await("k goes back", d -> d.getCurrentUrl().equals(opened));
    }

    private static void resolveWithTheKeyboardAndReopen() {
        browser.find("body").sendKeys("e");
        browser.awaitText(".conv-head .pill", "resolved");
        browser.await("a resolved conversation leaves the open list", d -> d.findElements(
                By.cssSelector(".conv-item")).size() == 1);
        pages.selectStatus("resolved");
        browser.awaitText(".conv-item", "Fiona Filter");
        browser.find("#reopen").click();
        browser.awaitText(".conv-head .pill", "open");
        pages.selectStatus("open");
    }

    @Test
    void aBusyInboxAndAConversationWithEveryKindOfEntry() {
        String agent = desk.login(DeskPages.AGENT_EMAIL, DeskPages.AGENT_PASSWORD);
        try (WebChatVisitor ada = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Ada Lovelace",
                "email", "ada@example.com"));
             WebChatVisitor linus = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Linus Nordqvist"))) {
            ada.say("Hi! My order #1042 hasn't arrived yet. It was due on Monday.");
            long adaId = conversationId("#1042");
            reply(agent, adaId, "Sorry about that, Ada. Let me check with the courier.");
            desk.send("POST", "/api/v1/conversations/" + adaId + "/notes", agent,
                    Map.of("text", "Courier says the parcel is at the depot; delivery Thursday."));
            ada.say("Thank you! Thursday works for me.");
            pages.smsFrom("+15550100000", "Can you call me back about my refund?");
            reply(agent, conversationId("refund"), "Of course. When suits you best?");
            linus.say("Do you ship to Finland? What does it cost?");
            desk.send("POST", "/api/v1/conversations/" + conversationId("Finland") + "/status", agent,
                    Map.of("status", "pending"));
            pages.smsFrom("+15550123456", "Is the store open on Sunday?");

            pages.signInAsAgent();
            pages.selectStatus("all");
            pages.openConversation("+15550100000");
            browser.awaitText(".entry.outbound .delivery", "Failed: 30003: Unreachable destination handset");
            browser.awaitText("#reply-limits", "reply window open until");
            browser.screenshot("inbox");

            pages.openConversation("Ada Lovelace");
            browser.awaitText(".timeline .entry.note", "Courier says");
            browser.awaitText(".entry.outbound .delivery", "Sent");
            browser.screenshot("conversation");
            pages.selectStatus("open");
        }
    }

    private static long conversationId(String text) {
        ApiResponse found = desk.get("/api/v1/conversations?status=all&q="
                + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
        return found.json().getAsJsonArray("items").get(0).getAsJsonObject().get("id").getAsLong();
    }

    private static void reply(String token, long conversationId, String text) {
        ApiResponse sent = desk.send("POST", "/api/v1/conversations/" + conversationId + "/replies", token,
                Map.of("text", text));
        assertEquals(202, sent.status(), sent.body());
    }

    @Test
    void theContactPanelShowsTheSameCustomersConversationOnAnotherChannel() {
        try (WebChatVisitor carla = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Carla Cross",
                "email", "carla@example.com"))) {
            carla.say("my order, asked by chat");
            pages.smsFrom("+15550108888", "carla again, by sms");
            pages.signInAsAgent();
            pages.search("+15550108888");
            pages.openConversation("carla again, by sms");

            // The contact panel loads after the timeline; on a busy machine it may not be there yet.
            browser.await("the contact panel's edit form", d -> d.findElement(
                    By.cssSelector(".contact details.edit summary"))).click();
            browser.find("#contact-email").sendKeys("carla@example.com");
            browser.find("#contact-edit button[type=submit]").click();
            browser.awaitText("#contact-edit .error", "belongs to Carla Cross");
            browser.find("#merge-on-conflict").click();

            browser.await("both channels in the contact panel", d -> d.findElements(
                    By.cssSelector("#contact-conversations a[data-channel='webchat']")).size() == 1
                    && d.findElements(By.cssSelector("#contact-conversations a[data-channel='testsms']")).size() == 1);
            browser.awaitText("#contact-name", "Carla Cross");
            browser.find("#contact-conversations a[data-channel='webchat']").click();
            browser.awaitText(".timeline .entry.inbound", "my order, asked by chat");
            browser.awaitText("#conversation-title", "Carla Cross");
        }
    }

    @Test
    void anAgentCannotOpenAdminPages() {
        pages.signInAsAgent();
        assertTrue(browser.findAll(".topbar nav a").stream().noneMatch(a -> a.getText().equals("Plugins")),
                "agents see no admin links");
        for (String page : new String[] {"plugins", "channels", "users"}) {
            browser.open(pages.url("/#/admin/" + page));
            browser.awaitText("#main h1", "Admins only");
            assertTrue(browser.findAll("table").isEmpty(), "no admin data on " + page);
        }
    }

    @Test
    void markupInAMessageNameOrSubjectRendersAsText() {
        String name = "<img src=x onerror=\"window.__pwned=1\">Mallory";
        String text = "<script>window.__pwned=2</script><b>bold?</b> marker-7731";
        try (WebChatVisitor mallory = WebChatVisitor.arrive(desk, "webchat", Map.of("name", name))) {
            mallory.say(text);
            pages.signInAsAgent();
            pages.search("marker-7731");
            pages.openConversation("marker-7731");
            WebElement message = browser.awaitText(".timeline .entry.inbound .text", "marker-7731");
            assertEquals(text, message.getText());
            browser.awaitText("#conversation-title", "Mallory");
            assertEquals(name, browser.find("#conversation-title").getText());
            assertTrue(browser.findAll("#main b, #main script, #main img").isEmpty(), "no element from customer text");
            assertNull(browser.script("return window.__pwned === undefined ? null : window.__pwned;"));
        }
    }

    @Test
    void onAPhoneTheListAndTheConversationTakeTheWholeWidth() {
        try (WebChatVisitor paula = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Paula Phone"))) {
            paula.say("Can I change the delivery address?");
            browser.size(Browser.PHONE);
            pages.signInAsAgent();
            browser.awaitText(".conv-item", "Paula Phone");
            assertTrue(browser.find("body").getSize().width <= Browser.PHONE.width);
            browser.screenshot("inbox-phone");

            pages.openConversation("Paula Phone");
            browser.await("the list gives way", d -> !d.findElement(By.cssSelector(".list-pane")).isDisplayed());
            assertTrue(browser.find(".back").isDisplayed());
            assertTrue(browser.find("#composer-text").isDisplayed());
            browser.screenshot("conversation-phone");
            Long overflow = (Long) browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, "no horizontal scrolling, overflow " + overflow);
            browser.find(".back").click();
            browser.await("the list again", d -> d.findElement(By.cssSelector(".list-pane")).isDisplayed());
            assertFalse(browser.find(".conv-pane").isDisplayed());
        }
    }
}
