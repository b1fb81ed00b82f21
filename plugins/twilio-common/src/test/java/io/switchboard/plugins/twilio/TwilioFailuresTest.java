package io.switchboard.plugins.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.DeliveryResult;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which of Twilio's refusals are worth retrying, and what the agent is told about the others. */
class TwilioFailuresTest {

    private static TwilioResponse error(int status, int code, String message) {
        return new TwilioResponse(status, "{\"code\":" + code + ",\"message\":\"" + message + "\",\"more_info\":"
                + "\"https://www.twilio.com/docs/errors/" + code + "\",\"status\":" + status + "}", null);
    }

    @ParameterizedTest(name = "HTTP {0} with code {1} is {2}")
    @CsvSource({
            "429, 20429, retry",
            "500, 20500, retry",
            "503, 20503, retry",
            "502, 0, retry",
            "400, 21211, failed",
            "400, 21610, failed",
            "400, 21614, failed",
            "400, 21408, failed",
            "400, 21606, failed",
            "400, 21617, failed",
            "401, 20003, failed",
            "404, 20404, failed",
    })
    void classification(int status, int code, String expected) {
        DeliveryResult result = TwilioFailures.classify(error(status, code, "m"));
        assertEquals(expected, result instanceof DeliveryResult.Retry ? "retry" : "failed", result.toString());
    }

    @Test
    void aPermanentFailureCarriesTwiliosCodeAndMessage() {
        var failed = assertInstanceOf(DeliveryResult.Failed.class, TwilioFailures.classify(error(400, 21211,
                "The 'To' number +1555 is not a valid phone number.")));
        assertEquals("21211", failed.code());
        assertTrue(failed.reason().startsWith("The 'To' number +1555 is not a valid phone number."), failed.reason());
        assertTrue(failed.reason().contains("https://www.twilio.com/docs/errors/21211"), failed.reason());
    }

    @Test
    void anUnsubscribedRecipientTellsTheAgentTheyMustTextStart() {
        var failed = assertInstanceOf(DeliveryResult.Failed.class, TwilioFailures.classify(error(400, 21610,
                "Attempt to send to unsubscribed recipient")));
        assertEquals("21610", failed.code());
        assertTrue(failed.reason().contains("START"), failed.reason());
    }

    @Test
    void wrongCredentialsAreAPermanentFailureForAnAdminToFix() {
        var failed = assertInstanceOf(DeliveryResult.Failed.class, TwilioFailures.classify(error(401, 20003,
                "Authenticate")));
        assertEquals("20003", failed.code());
        assertTrue(failed.reason().contains("auth token"), failed.reason());
    }

    @Test
    void aRateLimitKeepsTwiliosRetryAfter() {
        var retry = assertInstanceOf(DeliveryResult.Retry.class, TwilioFailures.classify(new TwilioResponse(429,
                "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}", Duration.ofSeconds(7))));
        assertEquals(Duration.ofSeconds(7), retry.retryAfter());
        assertTrue(retry.reason().contains("20429"), retry.reason());
    }

    @Test
    void aProxyErrorPageWithoutJsonIsClassifiedByItsStatus() {
        assertInstanceOf(DeliveryResult.Retry.class, TwilioFailures.classify(new TwilioResponse(502,
                "<html>Bad gateway</html>", null)));
        var failed = assertInstanceOf(DeliveryResult.Failed.class, TwilioFailures.classify(new TwilioResponse(404,
                "<html>nope</html>", null)));
        assertEquals("http-404", failed.code());
    }

    @Test
    void anUnreachableOrSlowApiIsRetried() {
        var refused = assertInstanceOf(DeliveryResult.Retry.class,
                TwilioFailures.unreachable(new ConnectException("Connection refused")));
        assertTrue(refused.reason().contains("could not be reached"), refused.reason());
        assertNull(refused.retryAfter());
        var slow = assertInstanceOf(DeliveryResult.Retry.class,
                TwilioFailures.unreachable(new HttpTimeoutException("request timed out")));
        assertTrue(slow.reason().contains("in time"), slow.reason());
        assertInstanceOf(DeliveryResult.Retry.class, TwilioFailures.unreachable(new IOException()));
    }

    @Test
    void callbackErrorCodesAreDescribedWithTheirDocumentationLink() {
        assertEquals("the destination handset is unreachable (https://www.twilio.com/docs/errors/30003)",
                TwilioErrorCodes.describe("30003"));
        assertTrue(TwilioErrorCodes.describe("12345").startsWith("Twilio reported error 12345"));
    }
}
