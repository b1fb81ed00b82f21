package io.switchboard.plugins.webchat;

import static io.switchboard.plugins.webchat.WebChatTestbed.assertProblemWithoutEvents;
import static io.switchboard.plugins.webchat.WebChatTestbed.http;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.api.channel.WebhookResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorsTest {

    private static final String SHOP = "https://shop.example.com";

    private final WebChatTestbed listed = WebChatTestbed.withConfig(
            Map.of("allowedOrigins", "https://www.example.com, https://Shop.Example.com/"));

    @Test
    void aPreflightIsAnswered204WithTheAllowedMethodsAndHeaders() {
        WebhookResult preflight = listed.call(TestRequest.options("/messages").origin(SHOP)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type"));

        WebhookResponse.Http answer = http(preflight);
        assertEquals(204, answer.status());
        assertEquals("POST, GET, OPTIONS", answer.headers().get("Access-Control-Allow-Methods"));
        assertEquals("Authorization, Content-Type", answer.headers().get("Access-Control-Allow-Headers"));
        assertEquals(SHOP, answer.headers().get("Access-Control-Allow-Origin"));
        assertEquals(0, preflight.events().size());
    }

    @Test
    void anySiteIsAllowedByDefault() {
        WebhookResult config = WebChatTestbed.withDefaults().call(TestRequest.get("/config").origin(SHOP));

        assertEquals("*", http(config).headers().get("Access-Control-Allow-Origin"));
    }

    @Test
    void aListedOriginIsEchoedAndCachesVaryByOrigin() {
        WebhookResult config = listed.call(TestRequest.get("/config").origin(SHOP));

        assertEquals(SHOP, http(config).headers().get("Access-Control-Allow-Origin"));
        assertEquals("Origin", http(config).headers().get("Vary"));
    }

    @Test
    void anUnlistedOriginIsRefusedWith403AndYieldsNoEvents() {
        String token = listed.createVisitor().token();

        WebhookResult refused = listed.call(TestRequest.post("/messages", "{\"text\":\"hi\",\"clientMessageId\":\"c\"}")
                .bearer(token).origin("https://evil.example.net"));

        assertProblemWithoutEvents(403, refused);
        assertFalse(http(refused).headers().containsKey("Access-Control-Allow-Origin"));
    }

    @Test
    void errorAnswersCarryCorsHeadersSoTheWidgetCanReadThem() {
        WebhookResult refused = WebChatTestbed.withDefaults().call(TestRequest.get("/messages").origin(SHOP));

        assertEquals(401, http(refused).status());
        assertEquals("*", http(refused).headers().get("Access-Control-Allow-Origin"));
    }

    @Test
    void theEventStreamCarriesCorsHeaders() {
        String token = listed.createVisitor().token();

        WebhookResult stream = listed.call(TestRequest.get("/stream").query("token", token).origin(SHOP));

        WebhookResponse.EventStream events = assertInstanceOf(WebhookResponse.EventStream.class, stream.response());
        assertEquals(SHOP, events.headers().get("Access-Control-Allow-Origin"));
        assertTrue(events.topic().startsWith("visitor/v_"));
    }
}
