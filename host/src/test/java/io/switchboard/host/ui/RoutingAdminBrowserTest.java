package io.switchboard.host.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.Browser;
import io.switchboard.host.testing.BrowserSession;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.TestPlugins;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real Chromium: an admin sets up a team, an SLA policy and a routing rule in the admin
 * pages; a new conversation is routed to the online agent of the team, who sees its SLA count
 * down in the conversation and finds it on the SLA watch list.
 */
class RoutingAdminBrowserTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass(TestPlugins.roots());
    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession();
    private static Browser browser;
    private static DeskPages pages;
    private static long agentId;

    @BeforeAll
    static void start() {
        browser = chromium.browser();
        pages = new DeskPages(desk, browser);
        agentId = desk.createUser(DeskPages.AGENT_EMAIL, DeskPages.AGENT_NAME, "agent", DeskPages.AGENT_PASSWORD);
        desk.createUser("sam@test.local", "Sam Second", "agent", "sam password 1");
        ApiResponse sms = desk.post("/api/v1/admin/channels", Map.of("type", "testsms", "name", "Support SMS", "key",
                "sms", "config", Map.of("accountId", "AC1", "apiKey", "k-123", "fromNumber", "+15550001111")));
        assertEquals(201, sms.status(), sms.body());
        assertEquals(200, desk.patch("/api/v1/agents/" + agentId, Map.of("availability", "online")).status());
    }

    @Test
    void anAdminSetsUpRoutingAndTheRoutedAgentSeesTheSlaCountDown() {
        pages.signInAsAdmin();
        createTeamWithAlex();
        createSlaPolicy();
        createRoutingRule();

        pages.smsFrom("+15557770001", "Hello, I would like a refund for my tent");
        JsonObject routed = awaitConversationOf("+15557770001");
        assertEquals(agentId, routed.get("assigneeId").getAsLong(), routed.toString());

        pages.signInAsAgent();
        pages.assignee("me");
        pages.openConversation("refund for my tent");
        WebElement first = browser.await("the first-response countdown", d -> d.findElement(By.id("sla-first-response")));
        assertTrue(first.getText().contains("First response"), first.getText());
        String before = first.getText();
        assertTrue(before.matches("(?s).*(29m|30m) \\d\\ds left.*"), before);
        browser.await("the countdown ticks", d -> !d.findElement(By.id("sla-first-response")).getText().equals(before));
        assertTrue(browser.find("#sla").getText().contains("Urgent refunds"), browser.find("#sla").getText());
        browser.screenshot("sla-countdown");

        browser.find(".topbar nav a[href='#/sla']").click();
        browser.awaitText("#sla-at-risk li", "+15557770001");
        assertTrue(browser.find("#sla-at-risk").getText().contains("First response"));
    }

    private static void createTeamWithAlex() {
        browser.open(pages.url("/#/admin/teams"));
        browser.find("#new-team-name").sendKeys("Tier 1");
        browser.find("#create-team").click();
        browser.await("the members form", d -> d.findElements(By.id("team-members")).size() == 1);
        browser.find("#team-members input[data-name='" + DeskPages.AGENT_NAME + "']").click();
        browser.find("#save-members").click();
        browser.awaitText("#teams tr[data-team='Tier 1']", DeskPages.AGENT_NAME);
    }

    private static void createSlaPolicy() {
        browser.open(pages.url("/#/admin/sla"));
        browser.await("the SLA page", d -> d.findElement(By.id("new-sla-policy"))).click();
        browser.find("#sla-name").sendKeys("Urgent refunds");
        new Select(browser.find("#sla-priority")).selectByValue("urgent");
        browser.find("#sla-first").sendKeys("30");
        browser.find("#sla-resolution").sendKeys("240");
        browser.find("#save-sla-policy").click();
        browser.awaitText("#sla-policies tr[data-policy='Urgent refunds']", "30m");
    }

    /** Saves an invalid rule first: the server's message shows next to the field; then a valid one. */
    private static void createRoutingRule() {
        browser.open(pages.url("/#/admin/routing"));
        browser.await("the routing page", d -> d.findElement(By.id("new-rule"))).click();
        browser.await("the rule form", d -> d.findElement(By.id("rule-form")));
        browser.find("#rule-name").sendKeys("Refunds to tier 1");
        browser.find("#rule-keywords").sendKeys("refund, money back");
        new Select(browser.find("#rule-assign")).selectByVisibleText("Team Tier 1");
        new Select(browser.find("#rule-priority")).selectByValue("urgent");
        browser.find("#rule-tags").sendKeys("Refund Request");
        browser.find("#save-rule").click();
        WebElement tagsError = browser.await("the tags error by the field", d -> {
            WebElement e = d.findElement(By.cssSelector("[data-field='actions.tags'] .field-error"));
            return e.getText().contains("is not a tag") ? e : null;
        });
        assertTrue(tagsError.getText().contains("Refund Request"), tagsError.getText());

        browser.find("#rule-tags").clear();
        browser.find("#rule-tags").sendKeys("refunds");
        browser.find("#save-rule").click();
        browser.awaitText("#routing-rules tr[data-rule='Refunds to tier 1']", "assign to team Tier 1");
        JsonArray rules = desk.get("/api/v1/admin/routing-rules").jsonElement().getAsJsonArray();
        assertEquals(1, rules.size());
        assertEquals(List.of("refund", "money back"), List.of(
                rules.get(0).getAsJsonObject().getAsJsonObject("conditions").getAsJsonArray("keywords").get(0)
                        .getAsString(),
                rules.get(0).getAsJsonObject().getAsJsonObject("conditions").getAsJsonArray("keywords").get(1)
                        .getAsString()));
    }

    private static JsonObject awaitConversationOf(String number) {
        JsonObject[] found = new JsonObject[1];
        TestDesk.await("the conversation of " + number, () -> {
            JsonArray items = desk.get("/api/v1/conversations?status=all").json().getAsJsonArray("items");
            for (var item : items) {
                JsonObject c = item.getAsJsonObject();
                if (number.equals(c.getAsJsonObject("contact").get("address").getAsString())) {
                    found[0] = c;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }
}
