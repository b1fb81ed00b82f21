package io.switchboard.host.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.switchboard.host.testing.Browser;
import io.switchboard.host.testing.BrowserSession;
import io.switchboard.host.testing.TestDesk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The admin's survey settings page in a real headless Chromium: saving, and server problems beside their fields. */
class SurveyAdminBrowserTest {

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

    private static void openSurveys() {
        pages.signInAsAdmin();
        browser.open(pages.url("/#/admin/surveys"));
        browser.await("the survey forms", d -> d.findElements(By.cssSelector("form.survey-form")).size() == 3);
    }

    @Test
    void anAdminSwitchesCesOnAsASevenPointScaleWithAThaiQuestion() {
        openSurveys();
        browser.find("#survey-ces-enabled").click();
        browser.find("#survey-ces input[name=channel][value=whatsapp]").click();
        WebElement delay = browser.find("#survey-ces-delay");
        delay.clear();
        delay.sendKeys("600");
        new Select(browser.find("#survey-ces-low-score")).selectByValue("flag");
        browser.find("#survey-ces-question-th").sendKeys("ง่ายไหม? ตอบ 1 ถึง 7");
        new Select(browser.find("#survey-ces-cfg-scale")).selectByValue("7");
        browser.find("#survey-ces-cfg-labels").sendKeys("1=Nightmare|4=Okay|7=Breeze");
        browser.find("#survey-ces-save").click();

        browser.awaitText("#survey-ces-scale", "Scale 1 to 7: 1 = Nightmare, 4 = Okay, 7 = Breeze.");
        JsonObject ces = null;
        for (var s : desk.get("/api/v1/admin/surveys").json().getAsJsonArray("surveys")) {
            if (s.getAsJsonObject().get("id").getAsString().equals("ces")) {
                ces = s.getAsJsonObject();
            }
        }
        assertTrue(ces.get("enabled").getAsBoolean());
        assertEquals("[\"whatsapp\"]", ces.get("channels").toString());
        assertEquals(600, ces.get("delaySeconds").getAsLong());
        assertEquals("flag", ces.get("lowScoreAction").getAsString());
        assertEquals("ง่ายไหม? ตอบ 1 ถึง 7", ces.getAsJsonObject("questions").get("th").getAsString());
        assertEquals("7", ces.getAsJsonObject("settings").get("scale").getAsString());
        browser.screenshot("admin-surveys");
    }

    @Test
    void theServersProblemsAppearNextToTheFieldsTheyConcern() {
        openSurveys();
        WebElement delay = browser.find("#survey-nps-delay");
        delay.clear();
        delay.sendKeys("-5");
        browser.find("#survey-nps-save").click();
        browser.awaitText("#survey-nps-delaySeconds-error", "the delay must be 0 to 2592000 seconds");

        browser.find("#survey-ces-cfg-labels").clear();
        browser.find("#survey-ces-cfg-labels").sendKeys("5=Very difficult|1=Very easy");
        browser.find("#survey-ces-save").click();
        WebElement labels = browser.find("#survey-ces [data-field=labels]");
        browser.await("the labels problem beside the labels field", d -> labels.findElement(By.cssSelector(".field-error"))
                .getText().contains("labels must rise with the value"));
    }

    @Test
    void theDeskDefaultLanguageAddsItsQuestionFieldAndABadCodeIsRefusedBesideTheField() {
        openSurveys();
        WebElement language = browser.find("#survey-default-language");
        language.clear();
        language.sendKeys("not a language");
        browser.find("#survey-desk button[type=submit]").click();
        browser.awaitText("#survey-default-language-error", "defaultLanguage must be a language code");

        language = browser.find("#survey-default-language");
        language.clear();
        language.sendKeys("de");
        browser.find("#survey-desk button[type=submit]").click();
        browser.await("a German question field", d -> !d.findElements(By.id("survey-csat-question-de")).isEmpty());
        assertTrue(browser.find("label[for=survey-csat-question-de]").getText().contains("desk default"));
        assertEquals("de", desk.get("/api/v1/admin/surveys").json().get("defaultLanguage").getAsString());
    }
}
