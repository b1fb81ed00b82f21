package io.switchboard.plugins.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.event.CallEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@code <Dial action>} decides: an answered call is done, an unanswered one goes to voicemail. */
class DialResultTest {

    private static final String HANGUP = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Hangup/></Response>";

    private final VoiceTestbed voice = VoiceTestbed.start();

    @AfterEach
    void stop() {
        voice.close();
    }

    @Test
    void whenTheAgentAnsweredTheCallEndsAndTheTalkTimeIsReported() {
        assertEquals(HANGUP, voice.twiml(VoiceTestbed.dialResult("completed").param("DialCallDuration", "95")));
        CallEvent talked = voice.event(VoiceTestbed.dialResult("completed").param("DialCallDuration", "95"));
        assertEquals(Duration.ofSeconds(95), talked.talkTime());
        assertEquals(VoiceTestbed.RING_NUMBER, talked.answeredBy());
    }

    @Test
    void whenNobodyAnsweredTheCallerIsAskedForAVoicemail() {
        for (String status : List.of("no-answer", "busy", "failed", "canceled")) {
            String twiml = voice.twiml(VoiceTestbed.dialResult(status));
            assertTrue(twiml.contains("<Say language=\"en-US\">Nobody can take your call right now."), twiml);
            assertTrue(twiml.contains("<Record maxLength=\"120\""), twiml);
            assertTrue(twiml.contains("transcribe=\"true\""), twiml);
            assertEquals(List.of(), voice.events(VoiceTestbed.dialResult(status)), status);
        }
    }

    @Test
    void aCallbackTheCustomerDidNotTakeSimplyEnds() {
        var outbound = io.switchboard.plugins.twilio.testing.TwilioWebhook.to(VoiceTestbed.URL,
                        "/dial?customer=%2B15551234567&direction=outbound&agent=%2B15550003333")
                .param("CallSid", VoiceTestbed.CALL_SID).param("CallStatus", "in-progress")
                .param("DialCallStatus", "no-answer").param("From", VoiceTestbed.OUR_NUMBER)
                .param("To", VoiceTestbed.RING_NUMBER);
        assertEquals(HANGUP, voice.twiml(outbound));
    }
}
