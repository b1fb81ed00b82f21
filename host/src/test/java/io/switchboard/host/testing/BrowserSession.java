package io.switchboard.host.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Chromium for a test class: started before the class's own {@code @BeforeAll}, closed after
 * it, and after every test a check that the pages logged no script error or Content-Security-Policy
 * violation. Register it as a static field after the {@link TestDesk} it drives.
 */
public final class BrowserSession implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private Browser browser;

    /** The running browser (from the class's {@code @BeforeAll} on). */
    public Browser browser() {
        if (browser == null) {
            throw new IllegalStateException("the browser starts before @BeforeAll; register BrowserSession static");
        }
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = Browser.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        assertEquals(List.of(), browser.pageErrors(), "script errors or policy violations");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
