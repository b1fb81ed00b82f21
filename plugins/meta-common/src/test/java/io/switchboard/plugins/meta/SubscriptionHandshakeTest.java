package io.switchboard.plugins.meta;

import static io.switchboard.plugins.meta.MetaRequests.status;
import static io.switchboard.plugins.meta.MetaRequests.text;
import static io.switchboard.plugins.meta.MetaRequests.verification;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.api.channel.WebhookResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubscriptionHandshakeTest {

    private final SubscriptionHandshake handshake = new SubscriptionHandshake("s3cret-verify");

    @Test
    void theChallengeIsEchoedAsPlainTextWhenTheVerifyTokenMatches() {
        WebhookResponse answer = handshake.answer(verification(Map.of("hub.mode", "subscribe",
                "hub.verify_token", "s3cret-verify", "hub.challenge", "1158201444")));
        assertEquals(200, status(answer));
        assertEquals("1158201444", text(answer));
        assertEquals("text/plain; charset=utf-8", ((WebhookResponse.Http) answer).contentType());
    }

    @Test
    void aWrongVerifyTokenIsForbidden() {
        WebhookResponse answer = handshake.answer(verification(Map.of("hub.mode", "subscribe",
                "hub.verify_token", "guess", "hub.challenge", "1158201444")));
        assertEquals(403, status(answer));
        assertEquals(false, text(answer).contains("1158201444"));
    }

    @Test
    void aMissingVerifyTokenIsForbidden() {
        assertEquals(403, status(handshake.answer(verification(Map.of("hub.mode", "subscribe",
                "hub.challenge", "1158201444")))));
    }

    @Test
    void aModeOtherThanSubscribeIsForbidden() {
        assertEquals(403, status(handshake.answer(verification(Map.of("hub.mode", "unsubscribe",
                "hub.verify_token", "s3cret-verify", "hub.challenge", "1158201444")))));
    }
}
