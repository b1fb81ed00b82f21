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
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The "done when", in a real Chromium against a running desk: an admin uploads a new
 * channel plugin from the plugins page, sees what it is, installs it, creates a channel with
 * it and a message arrives through its webhook without a restart; then removes it and nothing
 * is left behind.
 */
class PluginUploadBrowserTest {

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
    }

    @Test
    void anAdminUploadsAChannelPluginUsesItWithoutARestartAndRemovesItLeavingNothingBehind() throws Exception {
        Path zip = TestPlugins.smsPluginZip("1.0.0");
        pages.signInAsAdmin();
        browser.open(pages.url("/#/admin/plugins"));

        browser.await("the upload form", d -> d.findElement(By.id("plugin-file"))).sendKeys(zip.toString());
        browser.find("#upload-plugin").click();
        String preview = browser.awaitText("#upload-preview", "Install test-sms 1.0.0?").getText();
        assertTrue(preview.contains("channel") && preview.contains("TestSmsConnector") && preview.contains("unsigned")
                && preview.contains(">=1.0.0 & <2.0.0"), preview);
        browser.screenshot("plugin-upload-preview");
        browser.find("#install-plugin").click();
        browser.awaitText("#plugin-rows tr[data-plugin='test-sms']", "started");
        browser.awaitText("#plugin-rows tr[data-plugin='test-sms']", "testsms");

        String webhook = createChannel();
        ApiResponse delivered = desk.send(HttpRequest.newBuilder(java.net.URI.create(webhook))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("from=%2B15557654321&id=up-1&text=Sent+through+an+uploaded"
                        + "+plugin")).build());
        assertEquals(200, delivered.status(), delivered.body());
        browser.open(pages.url("/#/inbox"));
        browser.awaitText(".conv-item", "Sent through an uploaded plugin");

        browser.open(pages.url("/#/admin/plugins"));
        browser.awaitText("#plugin-rows tr[data-plugin='test-sms']", "started")
                .findElement(By.xpath(".//button[text()='Remove']")).click();
        new Select(browser.await("the remove prompt", d -> d.findElement(By.id("remove-channels"))))
                .selectByValue("delete");
        browser.find("#confirm-remove").click();
        browser.await("the plugin's row is gone", d -> d.findElements(
                By.cssSelector("#plugin-rows tr[data-plugin='test-sms']")).isEmpty());
        browser.awaitText("#audit-rows", "plugin.uninstalled");
        browser.screenshot("plugin-removed");

        assertNothingLeftBehind(webhook);
    }

    private String createChannel() {
        browser.open(pages.url("/#/admin/channels"));
        browser.find("#new-channel").click();
        new Select(browser.await("the channel type picker", d -> d.findElement(By.id("channel-type"))))
                .selectByValue("testsms");
        browser.await("the plugin's form", d -> !d.findElements(By.id("cfg-apiKey")).isEmpty());
        browser.find("#channel-name").sendKeys("Uploaded SMS");
        browser.find("#cfg-accountId").sendKeys("AC-7");
        browser.find("#cfg-apiKey").sendKeys("uploaded-secret");
        browser.find("#cfg-fromNumber").sendKeys("+15550107777");
        browser.find("#save-channel").click();
        return browser.awaitText("#channel-created", "Uploaded SMS is ready")
                .findElement(By.cssSelector(".webhook-url")).getAttribute("value");
    }

    private static void assertNothingLeftBehind(String webhook) throws Exception {
        assertEquals(404, desk.get("/api/v1/admin/plugins/test-sms").status(), "no loaded plugin");
        assertNull(desk.desk().plugins().classLoaderOf("test-sms"));
        assertFalse(desk.desk().plugins().connectors().containsKey("testsms"), "no registry entry");
        assertFalse(desk.get("/api/v1/admin/channel-types").body().contains("testsms"));
        assertFalse(desk.get("/api/v1/admin/channels").body().contains("Uploaded SMS"), "its channel is deleted");
        try (Stream<Path> files = Files.list(installDir())) {
            assertEquals(0, files.count(), "no plugin files");
        }
        assertEquals(0, (int) desk.desk().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM plugin_settings WHERE plugin_id = 'test-sms'").mapTo(Integer.class).one()));
        assertEquals(404, desk.send(HttpRequest.newBuilder(java.net.URI.create(webhook))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("from=%2B15557654321&id=up-2&text=gone")).build()).status());
    }

    private static Path installDir() {
        return desk.desk().plugins().installer().installDir();
    }
}
