package io.switchboard.plugins.webchat;

import static io.switchboard.plugins.webchat.WebChatTestbed.assertProblemWithoutEvents;
import static io.switchboard.plugins.webchat.WebChatTestbed.http;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.api.channel.WebhookResult;
import org.junit.jupiter.api.Test;

class RoutingTest {

    private final WebChatTestbed chat = WebChatTestbed.withDefaults();

    @Test
    void anUnknownPathIs404Problem() {
        assertProblemWithoutEvents(404, chat.call(TestRequest.get("/admin")));
        assertProblemWithoutEvents(404, chat.call(TestRequest.get("/")));
    }

    @Test
    void aKnownPathWithAnotherMethodIs405WithTheAllowedMethods() {
        WebhookResult refused = chat.call(TestRequest.get("/visitors"));

        assertProblemWithoutEvents(405, refused);
        assertEquals("POST, OPTIONS", http(refused).headers().get("Allow"));
    }

    @Test
    void aTrailingSlashNamesTheSameEndpoint() {
        assertEquals(200, http(chat.call(TestRequest.get("/config/"))).status());
    }
}
