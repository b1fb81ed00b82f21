package io.switchboard.plugins.meta;

import static io.switchboard.plugins.meta.MetaRequests.post;
import static io.switchboard.plugins.meta.MetaRequests.signed;
import static io.switchboard.plugins.meta.MetaRequests.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.InboundMessage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MetaWebhookTest {

    private static final String PAYLOAD = "{\"object\":\"page\",\"entry\":[]}";
    private final AtomicInteger reads = new AtomicInteger();
    private final MetaWebhook webhook = new MetaWebhook(new MetaAccount("app-secret", "verify", "token", "v23.0",
            URI.create("http://127.0.0.1:1")), "page", payload -> {
                reads.incrementAndGet();
                return List.of(InboundMessage.text("m1", Address.of("messenger.psid", "1"), null, Instant.EPOCH,
                        "hi"));
            });

    @Test
    void aSignedPayloadBecomesEventsAnsweredWithAnEmpty200() {
        WebhookResult result = webhook.handle(signed("app-secret", PAYLOAD));
        assertEquals(200, status(result.response()));
        assertEquals(1, result.events().size());
    }

    @Test
    void anUnsignedPayloadIsRefusedUnreadWith401() {
        WebhookResult result = webhook.handle(post(PAYLOAD.getBytes(StandardCharsets.UTF_8), Map.of()));
        assertEquals(401, status(result.response()));
        assertTrue(result.events().isEmpty());
        assertEquals(0, reads.get());
    }

    @Test
    void aWronglySignedPayloadIsRefusedUnreadWith401() {
        WebhookResult result = webhook.handle(signed("not-the-app-secret", PAYLOAD));
        assertEquals(401, status(result.response()));
        assertTrue(result.events().isEmpty());
        assertEquals(0, reads.get());
    }

    @Test
    void aMalformedSignatureIsRefusedWith401() {
        WebhookResult result = webhook.handle(post(PAYLOAD.getBytes(StandardCharsets.UTF_8),
                Map.of("X-Hub-Signature-256", "sha256=zz")));
        assertEquals(401, status(result.response()));
        assertTrue(result.events().isEmpty());
    }

    @Test
    void aSignedBodyThatIsNotJsonIsA400Problem() {
        WebhookResult result = webhook.handle(signed("app-secret", "{\"object\":\"page\",}"));
        assertEquals(400, status(result.response()));
        assertTrue(result.events().isEmpty());
    }

    @Test
    void anotherProductsPayloadIsAcknowledgedWithoutEvents() {
        WebhookResult result = webhook.handle(signed("app-secret", "{\"object\":\"instagram\",\"entry\":[]}"));
        assertEquals(200, status(result.response()));
        assertTrue(result.events().isEmpty());
    }

    @Test
    void aReaderRefusingThePayloadMakesIt400() {
        MetaWebhook strict = new MetaWebhook(new MetaAccount("app-secret", "verify", "token", "v23.0",
                URI.create("http://127.0.0.1:1")), "page", payload -> {
                    throw new PayloadException("'entry' must be an array");
                });
        WebhookResult result = strict.handle(signed("app-secret", "{\"object\":\"page\",\"entry\":{}}"));
        assertEquals(400, status(result.response()));
        assertTrue(MetaRequests.text(result.response()).contains("'entry' must be an array"));
    }

    @Test
    void otherMethodsAre405AndOtherPaths404() {
        WebhookRequest put = new WebhookRequest("PUT", "/", URI.create("https://desk.example.com/webhooks/k"),
                Map.of(), Map.of(), null);
        assertEquals(405, status(webhook.handle(put).response()));
        WebhookRequest elsewhere = new WebhookRequest("POST", "/other", URI.create("https://d/webhooks/k/other"),
                Map.of(), Map.of(), null);
        assertEquals(404, status(webhook.handle(elsewhere).response()));
    }
}
