package io.switchboard.plugins.whatsapp;

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

/** The webhook URL as Meta uses it: the subscription handshake, then signed POSTs. */
class WhatsAppWebhookTest {

    private final WhatsAppTestbed bed = new WhatsAppTestbed();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void theHandshakeEchoesTheChallengeForTheConfiguredVerifyToken() {
        WebhookResult result = bed.instance.onWebhook(MetaRequests.verification(Map.of("hub.mode", "subscribe",
                "hub.verify_token", "wa-verify", "hub.challenge", "1158201444")));
        assertEquals(200, status(result.response()));
        assertEquals("1158201444", text(result.response()));
    }

    @Test
    void theHandshakeIsForbiddenWithAnotherToken() {
        WebhookResult result = bed.instance.onWebhook(MetaRequests.verification(Map.of("hub.mode", "subscribe",
                "hub.verify_token", "wa-verify-not", "hub.challenge", "1158201444")));
        assertEquals(403, status(result.response()));
    }

    @Test
    void aSignedPayloadIsAcknowledgedWithAnEmpty200() {
        WebhookResult result = bed.receive(WhatsAppTestbed.payload("text.json"));
        assertEquals(200, status(result.response()));
        assertEquals("", text(result.response()));
        assertEquals(1, result.events().size());
    }

    @Test
    void aPayloadSignedWithAnotherSecretIsRefusedAndYieldsNoEvents() {
        WebhookResult result = bed.instance.onWebhook(MetaRequests.signed("another-secret",
                WhatsAppTestbed.payload("text.json")));
        assertEquals(401, status(result.response()));
        assertTrue(result.events().isEmpty());
    }

    @Test
    void anUnsignedPayloadIsRefusedAndYieldsNoEvents() {
        WebhookResult result = bed.instance.onWebhook(MetaRequests.post(WhatsAppTestbed.payload("text.json")
                .getBytes(StandardCharsets.UTF_8), Map.of()));
        assertEquals(401, status(result.response()));
        assertTrue(result.events().isEmpty());
    }

    @Test
    void aPayloadWithAMalformedSignatureIsRefusedAndYieldsNoEvents() {
        WebhookResult result = bed.instance.onWebhook(MetaRequests.post(WhatsAppTestbed.payload("text.json")
                .getBytes(StandardCharsets.UTF_8), Map.of("X-Hub-Signature-256", "sha1=abc")));
        assertEquals(401, status(result.response()));
        assertTrue(result.events().isEmpty());
    }

    @Test
    void aSignedBodyThatIsNotJsonIsA400() {
        WebhookResult result = bed.receive("{\"object\": \"whatsapp_business_account\", \"entry\": [");
        assertEquals(400, status(result.response()));
        assertTrue(result.events().isEmpty());
    }

    @Test
    void changesForAnotherPhoneNumberOfTheBusinessAreLeftToItsOwnChannel() {
        String other = WhatsAppTestbed.payload("text.json").replace("\"106540352242922\"", "\"999999999999999\"");
        WebhookResult result = bed.receive(other);
        assertEquals(200, status(result.response()));
        assertTrue(result.events().isEmpty());
    }
}
