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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real Chromium: business calendars with a per-channel override, keeping the routing rules
 * in order (reorder, disable, delete), renaming and deleting a team, and an agent editing a
 * contact's attributes in the contact panel.
 */
class RoutingPagesBrowserTest {

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

    @Test
    void anAdminKeepsCalendarsAndGivesTheSmsChannelItsOwn() {
        pages.signInAsAdmin();
        browser.open(pages.url("/#/admin/hours"));
        addCalendar("Office", "09:00-17:00", null);
        browser.await("Office is the default", d -> d.findElement(By.cssSelector(
                "#calendars tr[data-calendar='Office'] .default-pill")));

        addCalendar("Evenings", "18:00-25:00", null);
        browser.awaitText("[data-field='calendar-mon'] .field-error", "'25:00' is not a time");
        browser.find("#calendar-mon").clear();
        browser.find("#calendar-mon").sendKeys("18:00-22:00");
        browser.find("#save-calendar").click();
        browser.awaitText("#calendars tr[data-calendar='Evenings']", "Mon 18:00-22:00");

        new Select(browser.find("#assign-target")).selectByValue("instance:sms");
        new Select(browser.find("#assign-calendar")).selectByVisibleText("Evenings");
        browser.find("#assignment-form button[type=submit]").click();
        browser.awaitText("#calendar-assignments tr[data-assignment='instance:sms']", "Evenings");
        JsonArray assignments = desk.get("/api/v1/admin/calendars/assignments").jsonElement().getAsJsonArray();
        assertEquals("sms", assignments.get(0).getAsJsonObject().get("key").getAsString());

        browser.find("#calendars tr[data-calendar='Evenings']").findElement(By.xpath(".//button[text()='Make default']"))
                .click();
        browser.await("Evenings is the default", d -> d.findElement(By.cssSelector(
                "#calendars tr[data-calendar='Evenings'] .default-pill")));
        assertTrue(browser.findAll("#calendars tr[data-calendar='Office'] .default-pill").isEmpty());
        browser.screenshot("admin-hours");
    }

    private static void addCalendar(String name, String monday, String holidays) {
        browser.await("the new-calendar button", d -> d.findElement(By.id("new-calendar"))).click();
        browser.find("#calendar-name").sendKeys(name);
        WebElement zone = browser.find("#calendar-zone");
        zone.clear();
        zone.sendKeys("Europe/Berlin");
        browser.find("#calendar-mon").clear();
        browser.find("#calendar-mon").sendKeys(monday);
        if (holidays != null) {
            browser.find("#calendar-holidays").sendKeys(holidays);
        }
        browser.find("#save-calendar").click();
    }

    @Test
    void anAdminReordersDisablesAndDeletesRoutingRules() {
        for (String name : List.of("First", "Second", "Third")) {
            assertEquals(201, desk.post("/api/v1/admin/routing-rules", Map.of("name", name, "actions",
                    Map.of("priority", "high"))).status());
        }
        pages.signInAsAdmin();
        browser.open(pages.url("/#/admin/routing"));
        browser.awaitText("#routing-rules tr[data-rule='Third']", "priority high");

        browser.find("#routing-rules tr[data-rule='Third'] button[aria-label='Move Third up']").click();
        browser.await("Third is second", d -> pageOrder().equals(List.of("First", "Third", "Second")));
        assertEquals(List.of("First", "Third", "Second"), ruleNames());
        browser.find("#routing-rules tr[data-rule='First'] button[aria-label='Move First down']").click();
        browser.await("First is second", d -> pageOrder().equals(List.of("Third", "First", "Second")));
        assertEquals(List.of("Third", "First", "Second"), ruleNames());

        browser.find("#routing-rules tr[data-rule='Second'] input[type=checkbox]").click();
        browser.await("Second is off", d -> !rule("Second").get("enabled").getAsBoolean());
        browser.await("Second shows as off", d -> !d.findElements(By.cssSelector(
                "#routing-rules tr.inactive[data-rule='Second']")).isEmpty());

        browser.await("the delete question", d -> {
            d.findElement(By.cssSelector("#routing-rules tr[data-rule='First']"))
                    .findElement(By.xpath(".//button[text()='Delete']")).click();
            return d.findElement(By.cssSelector("#routing-rules tr[data-rule='First'] .confirm button.danger"));
        }).click();
        browser.await("First is gone", d -> pageOrder().equals(List.of("Third", "Second")));
        assertEquals(List.of("Third", "Second"), ruleNames());
    }

    private static List<String> pageOrder() {
        return browser.findAll("#routing-rules tbody th").stream().map(WebElement::getText).toList();
    }

    private static List<String> ruleNames() {
        return desk.get("/api/v1/admin/routing-rules").jsonElement().getAsJsonArray().asList().stream()
                .map(r -> r.getAsJsonObject().get("name").getAsString()).toList();
    }

    private static JsonObject rule(String name) {
        return desk.get("/api/v1/admin/routing-rules").jsonElement().getAsJsonArray().asList().stream()
                .map(r -> r.getAsJsonObject()).filter(r -> r.get("name").getAsString().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void anAdminRenamesAndDeletesATeam() {
        assertEquals(201, desk.post("/api/v1/admin/teams", Map.of("name", "Night shift")).status());
        pages.signInAsAdmin();
        browser.open(pages.url("/#/admin/teams"));
        WebElement row = browser.awaitText("#teams tr[data-team='Night shift']", "No members");
        row.findElement(By.xpath(".//button[text()='Rename']")).click();
        WebElement name = browser.find("#team-name");
        name.clear();
        name.sendKeys("Late shift", Keys.ENTER);
        browser.awaitText("#teams tr[data-team='Late shift']", "Late shift");

        browser.find("#teams tr[data-team='Late shift']").findElement(By.xpath(".//button[text()='Delete']")).click();
        browser.find("#teams tr[data-team='Late shift'] .confirm button.danger").click();
        browser.await("the team is gone", d -> d.findElements(By.cssSelector("#teams tr[data-team='Late shift']"))
                .isEmpty());
        assertTrue(desk.get("/api/v1/admin/teams").jsonElement().getAsJsonArray().isEmpty());
    }

    @Test
    void anAgentAddsChangesAndRemovesContactAttributesInTheContactPanel() {
        pages.smsFrom("+15557770003", "Attributes please");
        pages.signInAsAgent();
        pages.openConversation("Attributes please");
        browser.awaitText("#contact-attributes", "No attributes yet");

        long contactId = contactId();
        // The panel re-renders when the conversation changes (such as being marked read): act on fresh elements.
        browser.await("vip is added", d -> {
            addAttribute("VIP", "true");
            return attributes(contactId).has("vip");
        });
        browser.await("vip is listed", d -> !d.findElements(By.cssSelector("#contact-attributes [data-name='vip']"))
                .isEmpty());
        browser.await("the refusal by the form", d -> {
            addAttribute("Bad Name", "x");
            return d.findElement(By.id("attribute-error")).getText().contains("must be lower-case");
        });

        browser.await("the value is changed", d -> {
            WebElement value = d.findElement(By.cssSelector("#contact-attributes [data-name='vip'] input"));
            value.clear();
            value.sendKeys("gold", Keys.TAB);
            return true;
        });
        browser.await("the change is saved", d -> "gold".equals(attributes(contactId).has("vip")
                ? attributes(contactId).get("vip").getAsString() : null));

        browser.await("vip is removed", d -> {
            if (attributes(contactId).size() == 0) {
                return true;
            }
            // The panel may be redrawn by a live update; click whichever button is there now.
            d.findElements(By.cssSelector("#contact-attributes button[aria-label='Remove vip']"))
                    .forEach(WebElement::click);
            return false;
        });
        browser.awaitText("#contact-attributes", "No attributes yet");
    }

    private static void addAttribute(String name, String value) {
        WebElement nameInput = browser.find("#attribute-name");
        nameInput.clear();
        nameInput.sendKeys(name);
        WebElement valueInput = browser.find("#attribute-value");
        valueInput.clear();
        valueInput.sendKeys(value);
        browser.find("#attribute-save").click();
    }

    private static long contactId() {
        return desk.desk().jdbi().withHandle(h -> h.createQuery("SELECT contact_id FROM contact_identities"
                + " WHERE address = '+15557770003'").mapTo(Long.class).one());
    }

    private static JsonObject attributes(long contactId) {
        return desk.get("/api/v1/contacts/" + contactId + "/attributes").json();
    }
}
