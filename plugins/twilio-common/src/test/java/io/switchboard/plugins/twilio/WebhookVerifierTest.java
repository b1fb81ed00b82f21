package io.switchboard.plugins.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.plugins.twilio.testing.TwilioWebhook;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every Twilio webhook must prove it came from Twilio before anything is parsed or stored. */
class WebhookVerifierTest {

    private static final String TOKEN = "auth-token-1";
    private static final String DESK_URL = "http://127.0.0.1:8080/webhooks/sms-1";
    private static final String PROXY_URL = "https://support.example.com/twilio/sms";

    private final WebhookVerifier direct = new WebhookVerifier(TOKEN, URI.create(DESK_URL), null);
    private final WebhookVerifier behindProxy = new WebhookVerifier(TOKEN, URI.create(DESK_URL),
            URI.create(PROXY_URL));

    private static TwilioWebhook inbound(String base, String pathAndQuery) {
        return TwilioWebhook.to(base, pathAndQuery).param("MessageSid", "SM1").param("From", "+15551230000")
                .param("Body", "hi");
    }

    @Test
    void aRequestSignedForTheDesksUrlIsAcceptedAndItsParametersRead() {
        TwilioWebhook webhook = inbound(DESK_URL, "");
        FormFields form = direct.verify(webhook.request(webhook.signature(TOKEN)));
        assertEquals("hi", form.require("Body"));
    }

    @Test
    void aCallbackOnASubPathWithAQueryIsCheckedAgainstItsFullUrl() {
        TwilioWebhook webhook = inbound(DESK_URL, "/status?customer=%2B15551230000");
        assertEquals("SM1", direct.verify(webhook.request(webhook.signature(TOKEN))).require("MessageSid"));
    }

    @Test
    void behindAProxyTheSignatureIsCheckedAgainstTheConfiguredPublicUrl() {
        TwilioWebhook asTwilioSent = inbound(PROXY_URL, "/status?x=1");
        TwilioWebhook asDeskSees = inbound(DESK_URL, "/status?x=1");
        WebhookRequest request = asDeskSees.request(asTwilioSent.signature(TOKEN));

        assertEquals(PROXY_URL + "/status?x=1", behindProxy.signedUrl(request));
        assertEquals("SM1", behindProxy.verify(request).require("MessageSid"));
        assertThrows(WebhookProblem.class, () -> direct.verify(request));
    }

    @Test
    void aMissingSignatureIsRefusedWith403() {
        WebhookProblem problem = assertThrows(WebhookProblem.class, () -> direct.verify(inbound(DESK_URL, "")
                .request(null)));
        assertEquals(403, problem.status());
        assertTrue(problem.getMessage().contains("X-Twilio-Signature"));
        assertTrue(problem.result().events().isEmpty());
    }

    @Test
    void aSignatureMadeWithAnotherTokenIsRefusedWith403WithoutShowingTheToken() {
        TwilioWebhook webhook = inbound(DESK_URL, "");
        WebhookProblem problem = assertThrows(WebhookProblem.class, () -> direct.verify(webhook.request(
                webhook.signature("someone-else"))));
        assertEquals(403, problem.status());
        assertTrue(problem.getMessage().contains(DESK_URL), problem.getMessage());
        assertFalse(problem.getMessage().contains(TOKEN));
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        TwilioWebhook signed = inbound(DESK_URL, "");
        String signature = signed.signature(TOKEN);
        WebhookRequest tampered = inbound(DESK_URL, "").param("Body", "and more").request(signature);
        assertEquals(403, assertThrows(WebhookProblem.class, () -> direct.verify(tampered)).status());
    }

    @Test
    void aGetIsNotATwilioWebhook() {
        WebhookRequest get = new WebhookRequest("GET", "/", URI.create(DESK_URL), Map.of(), Map.of(),
                "".getBytes(StandardCharsets.UTF_8));
        assertEquals(404, assertThrows(WebhookProblem.class, () -> direct.verify(get)).status());
    }

    @Test
    void theProblemAnswerIsProblemJsonWithoutEvents() {
        WebhookProblem problem = WebhookProblem.forbidden("Invalid signature", "nope");
        var http = (io.switchboard.api.channel.WebhookResponse.Http) problem.result().response();
        assertEquals(403, http.status());
        assertEquals("application/problem+json", http.contentType());
        assertEquals(List.of(), problem.result().events());
    }
}
