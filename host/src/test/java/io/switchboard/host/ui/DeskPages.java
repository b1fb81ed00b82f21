package io.switchboard.host.ui;

import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.Browser;
import io.switchboard.host.testing.TestDesk;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** What a person does in the desk's web UI, as steps the browser tests share. */
final class DeskPages {

    static final String AGENT_EMAIL = "alex@test.local";
    static final String AGENT_PASSWORD = "alex password 1";
    static final String AGENT_NAME = "Alex Agent";

    private final TestDesk desk;
    private final Browser browser;

    DeskPages(TestDesk desk, Browser browser) {
        this.desk = desk;
        this.browser = browser;
    }

    String url(String path) {
        return desk.url(path).toString();
    }

    /** Opens the app signed out, whatever the browser's session was. */
    void signedOut() {
        browser.open(url("/favicon.svg"));
        browser.driver().manage().deleteAllCookies();
        browser.open(url("/#/inbox"));
        browser.await("the sign-in form", d -> d.findElements(By.id("login-email")).size() == 1);
    }

    void signIn(String email, String password) {
        signedOut();
        browser.find("#login-email").sendKeys(email);
        browser.find("#login-password").sendKeys(password);
        browser.find(".login-card button[type=submit]").click();
        browser.await("signed in", d -> !d.findElements(By.cssSelector(".topbar .me")).isEmpty());
    }

    void signInAsAgent() {
        signIn(AGENT_EMAIL, AGENT_PASSWORD);
    }

    void signInAsAdmin() {
        signIn(TestDesk.ADMIN_EMAIL, TestDesk.ADMIN_PASSWORD);
    }

    void search(String text) {
        WebElement search = browser.find("#search");
        search.clear();
        search.sendKeys(text);
    }

    void selectStatus(String value) {
        new Select(browser.find("#filter-status")).selectByValue(value);
    }

    void selectChannel(String value) {
        browser.await("the channel filter lists " + value, d -> d.findElements(
                By.cssSelector("#filter-channel option[value='" + value + "']")).size() == 1);
        new Select(browser.find("#filter-channel")).selectByValue(value);
    }

    void assignee(String value) {
        browser.find(".segmented input[value='" + value + "']").findElement(By.xpath("..")).click();
    }

    /** Opens the inbox entry containing the text and waits for its conversation. */
    void openConversation(String text) {
        browser.clickText(".conv-item", text);
        browser.await("the conversation is open", d -> !d.findElements(By.cssSelector(".timeline .entry")).isEmpty());
    }

    void write(String text) {
        WebElement box = browser.find("#composer-text");
        box.clear();
        box.sendKeys(text);
        browser.find("#send").click();
    }

    /** The shadow root of the web chat widget on the current page. */
    SearchContext widget() {
        WebElement host = browser.await("the web chat widget", d -> (WebElement) browser.script(
                "return [...document.body.children].find(e => e.shadowRoot) || null;"));
        return host.getShadowRoot();
    }

    /** An inbound SMS on the test SMS channel {@code sms}. */
    void smsFrom(String number, String text) {
        String form = "from=" + enc(number) + "&text=" + enc(text) + "&id=" + UUID.randomUUID();
        ApiResponse answer = desk.send(HttpRequest.newBuilder(desk.url("/webhooks/sms"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (answer.status() != 200) {
            throw new IllegalStateException("SMS not accepted: " + answer);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
