package io.switchboard.plugins.webchat;

import static io.switchboard.plugins.webchat.WebChatTestbed.bodyText;
import static io.switchboard.plugins.webchat.WebChatTestbed.http;
import static io.switchboard.plugins.webchat.WebChatTestbed.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.switchboard.api.channel.WebhookResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WidgetAssetsTest {

    @Test
    void theWidgetScriptIsServedAsJavascriptWithoutAToken() throws IOException {
        WebhookResult script = WebChatTestbed.withDefaults().call(TestRequest.get("/widget.js"));

        assertEquals(200, http(script).status());
        assertEquals("application/javascript; charset=utf-8", http(script).contentType());
        try (InputStream resource = WebChatInstance.class.getResourceAsStream("widget.js")) {
            assertEquals(new String(resource.readAllBytes(), StandardCharsets.UTF_8), bodyText(script));
        }
    }

    @Test
    void theWidgetFindsItsEndpointsFromItsOwnScriptUrl() {
        String script = bodyText(WebChatTestbed.withDefaults().call(TestRequest.get("/widget.js")));

        assertTrue(script.contains("document.currentScript"));
        for (String endpoint : new String[] {"'/visitors'", "'/messages'", "'/contact'", "'/stream?token='",
                "'/config'"}) {
            assertTrue(script.contains(endpoint), endpoint);
        }
    }

    @Test
    void theWidgetAsksTheDesksPublicAvailabilityForItsOwnChannelKey() {
        String script = bodyText(WebChatTestbed.withDefaults().call(TestRequest.get("/widget.js")));

        // The desk's base and the channel key both come from the script's URL (…/webhooks/KEY/widget.js).
        assertTrue(script.contains("\\/webhooks\\/([^/]+)$/"), "derives the key from its URL");
        assertTrue(script.contains("'/api/v1/availability?channel=' + parts[2]"));
        assertTrue(script.contains("expect.textContent = data.text"), "the text goes in as text, never as HTML");
    }

    @Test
    void theWidgetNeverRendersTextAsHtml() {
        String script = bodyText(WebChatTestbed.withDefaults().call(TestRequest.get("/widget.js")));

        for (String sink : new String[] {"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write"}) {
            assertFalse(script.contains(sink), sink);
        }
    }

    @Test
    void thePublicConfigHoldsOnlyTheWidgetSettings() {
        WebhookResult config = WebChatTestbed.withConfig(Map.of("title", "Ask Acme",
                "welcomeMessage", "Hi! We usually answer within minutes.", "askForEmail", "false"))
                .call(TestRequest.get("/config"));

        assertEquals(200, http(config).status());
        assertEquals(JsonParser.parseString("""
                {"title":"Ask Acme","welcomeMessage":"Hi! We usually answer within minutes.","askForEmail":false}"""),
                json(config));
    }

    @Test
    void thePublicConfigFallsBackToTheSchemaDefaults() {
        WebhookResult config = WebChatTestbed.withDefaults().call(TestRequest.get("/config"));

        assertEquals(JsonParser.parseString("""
                {"title":"Chat with us","welcomeMessage":null,"askForEmail":true}"""), json(config));
    }
}
