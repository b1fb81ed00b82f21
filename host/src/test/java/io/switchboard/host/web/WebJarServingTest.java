package io.switchboard.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Chart.js, for the reports dashboard, comes from its WebJar with the app's headers; nothing else does. */
class WebJarServingTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();

    @Test
    void chartJsIsServedFromItsWebJarWithTheAppsSecurityHeaders() {
        ApiResponse script = desk.send("GET", "/webjars/chart.js/4.4.9/dist/chart.umd.js", null, null);
        assertEquals(200, script.status());
        assertEquals("text/javascript; charset=utf-8", script.contentType());
        assertTrue(script.body().contains("Chart.js v4.4.9"), "the bundle's banner");
        String policy = script.headers().firstValue("content-security-policy").orElseThrow();
        assertEquals(StaticFiles.APP_POLICY, policy);
        assertEquals("nosniff", script.headers().firstValue("x-content-type-options").orElseThrow());
    }

    @Test
    void onlyScriptsOfWebJarsAreServed() {
        assertEquals(404, desk.send("GET", "/webjars/chart.js/4.4.9/dist/chart.umd.js.map", null, null).status());
        assertEquals(404, desk.send("GET", "/webjars/chart.js/4.4.9/dist/no-such-file.js", null, null).status());
        assertEquals(404, desk.send("GET", "/webjars/chart.js/4.4.9/LICENSE.md", null, null).status());
    }
}
