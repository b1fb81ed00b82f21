package io.switchboard.plugins.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.api.channel.event.CallEvent;
import io.switchboard.api.channel.event.CallState;
import io.switchboard.plugins.twilio.testing.TwilioWebhook;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An incoming call is answered with TwiML: greeting and ringing in business hours, else voicemail. */
class IncomingCallTest {

    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private static final String Q = VoiceTestbed.CUSTOMER_QUERY.replace("&", "&amp;");
    private static final String RECORD = "<Record maxLength=\"120\" playBeep=\"true\" action=\"" + VoiceTestbed.URL
            + "/recorded" + Q + "\" recordingStatusCallback=\"" + VoiceTestbed.URL + "/recording" + Q
            + "\" recordingStatusCallbackEvent=\"completed\" transcribe=\"true\" transcribeCallback=\""
            + VoiceTestbed.URL + "/transcription" + Q + "\"/><Hangup/>";

    @Test
    void duringBusinessHoursTheCallerHearsTheGreetingAndTheRingNumberRings() {
        try (VoiceTestbed voice = VoiceTestbed.start()) {
            assertEquals(PROLOG + "<Response><Say language=\"en-US\">Thank you for calling.</Say>"
                    + "<Dial timeout=\"20\" action=\"" + VoiceTestbed.URL + "/dial" + Q + "\">"
                    + "<Number statusCallbackEvent=\"answered completed\" statusCallback=\"" + VoiceTestbed.URL + "/leg"
                    + Q + "\">+15550003333</Number></Dial></Response>", voice.twiml(VoiceTestbed.incoming()));
        }
    }

    @Test
    void outsideBusinessHoursTheCallGoesStraightToVoicemail() {
        try (VoiceTestbed voice = VoiceTestbed.withConfig(Map.of("businessHours", "Mon-Fri 09:00-17:00",
                "timeZone", "America/New_York"))) {
            voice.context.clock().set(Instant.parse("2026-03-07T15:00:00Z")); // a Saturday
            assertEquals(PROLOG + "<Response><Say language=\"en-US\">We are closed right now. Please leave a message"
                    + " after the tone, and we will call you back.</Say>" + RECORD + "</Response>",
                    voice.twiml(VoiceTestbed.incoming()));
        }
    }

    @Test
    void withoutARingNumberTheCallerIsGreetedAndLeavesAVoicemail() {
        try (VoiceTestbed voice = VoiceTestbed.withConfig(Map.of("ringNumber", ""))) {
            String twiml = voice.twiml(VoiceTestbed.incoming());
            assertTrue(twiml.startsWith(PROLOG + "<Response><Say language=\"en-US\">Thank you for calling.</Say>"
                    + "<Say language=\"en-US\">Nobody can take your call right now."), twiml);
            assertTrue(twiml.contains("<Record "), twiml);
            assertTrue(!twiml.contains("<Dial"), twiml);
        }
    }

    @Test
    void theConfiguredGreetingLanguageTimeoutAndVoicemailLengthAreUsedAndEscaped() {
        try (VoiceTestbed voice = VoiceTestbed.withConfig(Map.of("greeting", "Welcome to Smith & Sons <Support>",
                "language", "en-GB", "ringTimeoutSeconds", "35", "voicemailMaxSeconds", "60"))) {
            String twiml = voice.twiml(VoiceTestbed.incoming());
            assertTrue(twiml.contains("<Say language=\"en-GB\">Welcome to Smith &amp; Sons &lt;Support&gt;</Say>"),
                    twiml);
            assertTrue(twiml.contains("<Dial timeout=\"35\""), twiml);
        }
    }

    @Test
    void theIncomingCallIsReportedRingingFromTheCallerToTheDesksNumber() {
        try (VoiceTestbed voice = VoiceTestbed.start()) {
            CallEvent ringing = voice.event(VoiceTestbed.incoming());
            assertEquals(VoiceTestbed.CALL_SID, ringing.callId());
            assertEquals(Address.phone(VoiceTestbed.CUSTOMER), ringing.caller());
            assertEquals(Address.phone(VoiceTestbed.OUR_NUMBER), ringing.callee());
            assertEquals(CallState.RINGING, ringing.state());
            assertEquals(voice.context.clock().instant(), ringing.at());
            assertNull(ringing.answeredAt());
        }
    }

    @Test
    void aWithheldNumberBecomesAPrivateAddressOfTheCallAndIsLeftOutOfCallbackUrls() {
        try (VoiceTestbed voice = VoiceTestbed.start()) {
            TwilioWebhook anonymous = VoiceTestbed.incoming().set("From", "anonymous").set("Caller", "anonymous");
            CallEvent ringing = voice.event(anonymous);
            assertEquals(Address.of("withheld", VoiceTestbed.CALL_SID), ringing.caller());
            assertTrue(voice.twiml(anonymous).contains(VoiceTestbed.URL + "/dial?agent=%2B15550003333\""));
        }
    }

    @Test
    void anUnsignedCallIsRefused() {
        try (VoiceTestbed voice = VoiceTestbed.start()) {
            var result = voice.instance.onWebhook(VoiceTestbed.incoming().request(null));
            assertEquals(403, VoiceTestbed.status(result));
            assertEquals(0, result.events().size());
            assertEquals("application/problem+json", ((WebhookResponse.Http) result.response()).contentType());
        }
    }

    @Test
    void aCallWithoutCallSidIsABadRequest() {
        try (VoiceTestbed voice = VoiceTestbed.start()) {
            var webhook = TwilioWebhook.to(VoiceTestbed.URL, "").param("From", VoiceTestbed.CUSTOMER);
            assertEquals(400, VoiceTestbed.status(voice.signed(webhook)));
        }
    }
}
