package io.switchboard.plugins.messenger;

import static io.switchboard.plugins.meta.MetaRequests.status;
import static io.switchboard.plugins.meta.MetaRequests.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.WebhookResult;
import io.switchboard.plugins.meta.MetaRequests;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessengerWebhookTest {

    private final MessengerTestbed bed = new MessengerTestbed();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void theHandshakeEchoesTheChallengeForTheConfiguredVerifyToken() {
        WebhookResult result = bed.instance.onWebhook(MetaRequests.verification(Map.of("hub.mode", "subscribe",
                "hub.verify_token", "ms-verify", "hub.challenge", "CHALLENGE_ACCEPTED")));
        assertEquals(200, status(result.response()));
        assertEquals("CHALLENGE_ACCEPTED", text(result.response()));
    }

    @Test
    void theHandshakeIsForbiddenWithAnotherToken() {
        assertEquals(403, status(bed.instance.onWebhook(MetaRequests.verification(Map.of("hub.mode", "subscribe",
                "hub.verify_token", "nope", "hub.challenge", "CHALLENGE_ACCEPTED"))).response()));
    }

    @Test
    void wronglySignedUnsignedAndMalformedlySignedPayloadsAreRefusedWithoutEvents() {
        byte[] body = MessengerTestbed.payload("messages.json").getBytes(StandardCharsets.UTF_8);
        for (WebhookResult result : new WebhookResult[] {
            bed.instance.onWebhook(MetaRequests.signed("another-secret", MessengerTestbed.payload("messages.json"))),
            bed.instance.onWebhook(MetaRequests.post(body, Map.of())),
            bed.instance.onWebhook(MetaRequests.post(body, Map.of("X-Hub-Signature-256", "sha256=123")))}) {
            assertEquals(401, status(result.response()));
            assertTrue(result.events().isEmpty());
        }
        assertTrue(bed.graph.requests().isEmpty(), "a refused payload costs no profile lookup");
    }

    @Test
    void entriesForAnotherPageAreIgnored() {
        String other = MessengerTestbed.payload("messages.json").replace("\"id\": \"1477733579234\",\n      \"time\"",
                "\"id\": \"999\",\n      \"time\"");
        WebhookResult result = bed.receive(other);
        assertEquals(200, status(result.response()));
        assertTrue(result.events().isEmpty());
    }
}
