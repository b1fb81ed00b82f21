package io.switchboard.plugins.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.plugins.twilio.testing.TwilioWebhook;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** X-Twilio-Signature: HMAC-SHA1 over the full URL and the POST parameters sorted by name. */
class TwilioSignatureTest {

    /** The worked example of Twilio's webhook security documentation. */
    private static final String DOC_TOKEN = "12345";
    private static final String DOC_URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final Map<String, List<String>> DOC_PARAMS = Map.of(
            "CallSid", List.of("CA1234567890ABCDE"),
            "Caller", List.of("+12349013030"),
            "Digits", List.of("1234"),
            "From", List.of("+12349013030"),
            "To", List.of("+18005551212"));
    private static final String DOC_SIGNATURE = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";

    private final TwilioSignature signature = new TwilioSignature(DOC_TOKEN);

    @Test
    void twiliosDocumentedExampleComputesToItsDocumentedSignature() {
        assertEquals(DOC_SIGNATURE, signature.compute(DOC_URL, DOC_PARAMS));
    }

    @Test
    void twiliosDocumentedExampleVerifies() {
        assertTrue(signature.matches(DOC_URL, DOC_PARAMS, DOC_SIGNATURE));
    }

    @Test
    void theOrderParametersArriveInDoesNotMatter() {
        Map<String, List<String>> shuffled = new LinkedHashMap<>();
        for (String name : List.of("To", "Digits", "CallSid", "From", "Caller")) {
            shuffled.put(name, DOC_PARAMS.get(name));
        }
        assertTrue(signature.matches(DOC_URL, shuffled, DOC_SIGNATURE));
    }

    @Test
    void aChangedParameterFails() {
        Map<String, List<String>> tampered = new LinkedHashMap<>(DOC_PARAMS);
        tampered.put("Digits", List.of("9999"));
        assertFalse(signature.matches(DOC_URL, tampered, DOC_SIGNATURE));
    }

    @Test
    void anAddedParameterFails() {
        Map<String, List<String>> more = new LinkedHashMap<>(DOC_PARAMS);
        more.put("Body", List.of("hello"));
        assertFalse(signature.matches(DOC_URL, more, DOC_SIGNATURE));
    }

    @Test
    void aChangedQueryFails() {
        assertFalse(signature.matches("https://mycompany.com/myapp.php?foo=1&bar=3", DOC_PARAMS, DOC_SIGNATURE));
    }

    @Test
    void anotherAuthTokenFails() {
        assertFalse(new TwilioSignature("54321").matches(DOC_URL, DOC_PARAMS, DOC_SIGNATURE));
    }

    @Test
    void aMissingOrBlankSignatureFails() {
        assertFalse(signature.matches(DOC_URL, DOC_PARAMS, null));
        assertFalse(signature.matches(DOC_URL, DOC_PARAMS, "  "));
    }

    @Test
    void aTruncatedSignatureFails() {
        assertFalse(signature.matches(DOC_URL, DOC_PARAMS, DOC_SIGNATURE.substring(0, DOC_SIGNATURE.length() - 1)));
    }

    @Test
    void theUrlIsAcceptedWithTheDefaultPortWrittenOutOrLeftOut() {
        String withPort = signature.compute("https://mycompany.com:443/myapp.php?foo=1&bar=2", DOC_PARAMS);
        assertTrue(signature.matches(DOC_URL, DOC_PARAMS, withPort));
        assertTrue(signature.matches("https://mycompany.com:443/myapp.php?foo=1&bar=2", DOC_PARAMS, DOC_SIGNATURE));
    }

    @Test
    void aRepeatedParameterContributesEachValueInSortedOrder() {
        Map<String, List<String>> params = Map.of("StatusCallbackEvent", List.of("completed", "answered"));
        String expected = TwilioWebhook.sign("secret", "https://x.test/a", params);
        assertEquals(expected, new TwilioSignature("secret").compute("https://x.test/a", params));
    }

    @Test
    void theVerifierAgreesWithAnIndependentImplementationOnUnicodeValues() {
        Map<String, List<String>> params = Map.of("Body", List.of("Grüße 👋 & <ok>"), "From", List.of("+4915112345678"));
        String url = "http://127.0.0.1:8080/webhooks/sms-1?x=%2B1";
        assertEquals(TwilioWebhook.sign("tok", url, params), new TwilioSignature("tok").compute(url, params));
    }

    @Test
    void theDescriptionNeverShowsTheToken() {
        assertFalse(new TwilioSignature("very-secret-token").toString().contains("very-secret-token"));
    }
}
