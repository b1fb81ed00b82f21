package io.switchboard.host.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.Browser;
import io.switchboard.host.testing.BrowserSession;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.TestPlugins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The admin side of the web UI in a real headless Chromium: plugins, channels, users. */
class AdminUiBrowserTest {

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
    }

    @Test
    void thePluginsPageShowsEveryPluginAndTurnsThemOffAndOn() {
        pages.signInAsAdmin();
        browser.open(pages.url("/#/admin/plugins"));
        WebElement sms = browser.await("the test SMS plugin row", d -> d.findElements(
                By.cssSelector("#plugin-rows tr[data-plugin='test-sms']")).stream().findFirst().orElse(null));
        assertTrue(sms.getText().contains("1.0.0") && sms.getText().contains("Switchboard tests")
                && sms.getText().contains(">=1.0.0 & <2.0.0") && sms.getText().contains("testsms"), sms.getText());
        browser.awaitText("#plugin-rows tr[data-plugin='webchat']", "started");
        browser.screenshot("admin-plugins");

        sms.findElement(By.cssSelector("button")).click();
        browser.awaitText("#plugin-rows tr[data-plugin='test-sms']", "disabled");
        browser.find("#plugin-rows tr[data-plugin='test-sms'] button").click();
        browser.awaitText("#plugin-rows tr[data-plugin='test-sms']", "started");
    }

    @Test
    void anAdminCreatesAChannelFromThePluginsFormAndTheSecretIsNeverShownAgain() {
        pages.signInAsAdmin();
        browser.open(pages.url("/#/admin/channels"));
        browser.find("#new-channel").click();
        new Select(browser.await("the channel type picker", d -> d.findElement(By.id("channel-type"))))
                .selectByValue("testsms");
        browser.await("the plugin's form", d -> !d.findElements(By.id("cfg-apiKey")).isEmpty());
        assertEquals("password", browser.find("#cfg-apiKey").getAttribute("type"), "secrets are masked");
        browser.find("#channel-name").sendKeys("Shop SMS");
        browser.find("#cfg-accountId").sendKeys("AC-42");
        browser.find("#cfg-apiKey").sendKeys("super-secret-api-key");
        browser.find("#cfg-fromNumber").sendKeys("12345");
        new Select(browser.find("#cfg-region")).selectByValue("us");
        browser.find("#save-channel").click();
        browser.await("the invalid phone number is explained at its field", d -> !d.findElement(
                By.cssSelector("[data-field='fromNumber'] .field-error")).getText().isBlank());
        browser.screenshot("admin-channel-form");

        browser.find("#cfg-fromNumber").clear();
        browser.find("#cfg-fromNumber").sendKeys("+15550109999");
        browser.find("#save-channel").click();
        WebElement created = browser.awaitText("#channel-created", "Shop SMS is ready");
        String webhook = created.findElement(By.cssSelector(".webhook-url")).getAttribute("value");
        assertTrue(webhook.startsWith(desk.url("/webhooks/").toString()), webhook);
        browser.awaitText("#channel-rows tr", "Shop SMS");
        assertFalse(browser.driver().getPageSource().contains("super-secret-api-key"));

        JsonObject stored = desk.get("/api/v1/admin/channels").jsonElement().getAsJsonArray().asList().stream()
                .map(e -> e.getAsJsonObject()).filter(c -> c.get("name").getAsString().equals("Shop SMS"))
                .findFirst().orElseThrow();
        assertEquals("[\"apiKey\"]", stored.get("secretsSet").toString());
        assertEquals("us", stored.getAsJsonObject("config").get("region").getAsString());

        browser.findAll("#channel-rows tr").stream().filter(r -> r.getText().contains("Shop SMS")).findFirst()
                .orElseThrow().findElement(By.xpath(".//button[text()='Edit']")).click();
        WebElement apiKey = browser.await("the edit form", d -> d.findElement(By.id("cfg-apiKey")));
        assertEquals("", apiKey.getAttribute("value"));
        assertTrue(apiKey.getAttribute("placeholder").contains("stored"), apiKey.getAttribute("placeholder"));
        assertEquals("AC-42", browser.find("#cfg-accountId").getAttribute("value"));
    }

    /**
     * Every bundled channel plugin's form, as the plugin's schema generates it, creates a working
     * channel: the form is filled from the schema the API publishes, so a new field needs no test change.
     */
    @ParameterizedTest
    @ValueSource(strings = {"whatsapp", "messenger", "sms", "voice", "email"})
    void anAdminCreatesEachBundledChannelFromItsForm(String type) {
        pages.signInAsAdmin();
        browser.open(pages.url("/#/admin/channels"));
        browser.find("#new-channel").click();
        new Select(browser.await("the channel type picker", d -> d.findElement(By.id("channel-type"))))
                .selectByValue(type);
        JsonObject channelType = desk.get("/api/v1/admin/channel-types").jsonElement().getAsJsonArray().asList()
                .stream().map(e -> e.getAsJsonObject()).filter(t -> t.get("id").getAsString().equals(type))
                .findFirst().orElseThrow();
        browser.find("#channel-name").sendKeys("UI " + type);
        for (var element : channelType.getAsJsonArray("configFields")) {
            JsonObject field = element.getAsJsonObject();
            if (field.get("required").getAsBoolean() && field.get("defaultValue").isJsonNull()) {
                browser.await("the field " + field.get("key").getAsString(), d -> d.findElement(
                        By.id("cfg-" + field.get("key").getAsString()))).sendKeys(validValue(field));
            }
        }
        browser.find("#save-channel").click();
        WebElement created = browser.awaitText("#channel-created", "UI " + type + " is ready");
        assertTrue(created.findElement(By.cssSelector(".webhook-url")).getAttribute("value")
                .startsWith(desk.url("/webhooks/").toString()));
        assertFalse(browser.driver().getPageSource().contains("secret-value-123"), "secrets are never shown again");
        assertTrue(desk.get("/api/v1/admin/channels").body().contains("\"UI " + type + "\""));
    }

    /** A value the plugin accepts for a required field, by the field's type (and id fields by name). */
    private static String validValue(JsonObject field) {
        String key = field.get("key").getAsString();
        if (field.get("secret").getAsBoolean()) {
            return "secret-value-123";
        }
        if (key.endsWith("Id")) {
            return "106540352242922";
        }
        if (key.equals("accountSid")) {
            return "AC" + "0123456789abcdef".repeat(2);
        }
        return switch (field.get("type").getAsString()) {
            case "email" -> "support@example.com";
            case "phone" -> "+15550001111";
            case "url" -> "https://desk.example.com/hooks";
            case "integer" -> "1";
            default -> "mail.example.com";
        };
    }

    @Test
    void anAdminAddsAnAgentDeactivatesAndReactivatesThem() {
        pages.signInAsAdmin();
        browser.open(pages.url("/#/admin/users"));
        browser.find("#new-user-name").sendKeys("Nora New");
        browser.find("#new-user-email").sendKeys("nora@test.local");
        browser.find("#new-user-password").sendKeys("nora password 1");
        browser.find("#new-user button[type=submit]").click();
        browser.awaitText("#shown-password", "nora password 1");
        WebElement row = browser.awaitText("#user-rows tr", "nora@test.local");
        String session = desk.login("nora@test.local", "nora password 1");

        row.findElement(By.xpath(".//button[text()='Deactivate']")).click();
        browser.awaitText("#user-rows tr[data-user='nora@test.local']", "deactivated");
        ApiResponse me = desk.send("GET", "/api/v1/auth/me", session, null);
        assertEquals(401, me.status(), "deactivation signs the user out: " + me);
        browser.find("#user-rows tr[data-user='nora@test.local']").findElement(By.xpath(".//button[text()='Reactivate']"))
                .click();
        browser.awaitText("#user-rows tr[data-user='nora@test.local']", "active");
        browser.find("#user-rows tr[data-user='nora@test.local']").findElement(
                By.xpath(".//button[text()='Reset password']")).click();
        String password = browser.await("the generated password", d -> {
            String shown = d.findElement(By.id("shown-password")).getText();
            return shown.equals("nora password 1") ? null : shown;
        });
        assertEquals(200, desk.send("GET", "/api/v1/auth/me", desk.login("nora@test.local", password), null)
                .status());
    }
}
