package io.switchboard.host.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The reports dashboard ({@code #/reports}) as a test drives it: sign in, choose a period and channel, read a card. */
public final class DashboardPage {

    private final TestDesk desk;
    private final Browser browser;

    public DashboardPage(TestDesk desk, Browser browser) {
        this.desk = desk;
        this.browser = browser;
    }

    /** Signs in afresh (cookies cleared) and opens the dashboard. */
    public DashboardPage open(String email, String password) {
        browser.open(desk.url("/favicon.svg").toString());
        browser.driver().manage().deleteAllCookies();
        browser.open(desk.url("/#/inbox").toString());
        browser.await("the sign-in form", d -> d.findElements(By.id("login-email")).size() == 1);
        browser.find("#login-email").sendKeys(email);
        browser.find("#login-password").sendKeys(password);
        browser.find(".login-card button[type=submit]").click();
        browser.await("signed in", d -> !d.findElements(By.cssSelector(".topbar .me")).isEmpty());
        browser.open(desk.url("/#/reports").toString());
        return this;
    }

    /** Shows the days {@code from} to {@code to} (inclusive) on one channel type, or all channels for "". */
    public void show(String from, String to, String channel) {
        browser.await("the dashboard form", d -> d.findElements(By.id("dash-form")).size() == 1);
        browser.script("arguments[0].value = arguments[1]", browser.find("#dash-from"), from);
        browser.script("arguments[0].value = arguments[1]", browser.find("#dash-to"), to);
        if (!channel.isEmpty()) {
            browser.await("the channel option", d -> !d.findElements(
                    By.cssSelector("#dash-channel option[value='" + channel + "']")).isEmpty());
        }
        new Select(browser.find("#dash-channel")).selectByValue(channel);
        browser.script("document.getElementById('dash-headlines').replaceChildren()");
        browser.find("#dash-form button[type=submit]").click();
        browser.await("the figures", d -> !d.findElements(By.cssSelector("#dash-headlines .dash-card")).isEmpty());
    }

    /** A headline card: a metric id, {@code survey:csat} and the like, or {@code within-target}. */
    public WebElement card(String id) {
        return browser.find("#dash-headlines [data-metric='" + id + "']");
    }

    /** The figure a headline card shows. */
    public String value(String id) {
        return card(id).findElement(By.cssSelector(".dash-value")).getText();
    }
}
