package io.switchboard.plugins.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.event.CallEvent;
import io.switchboard.api.channel.event.CallState;
import io.switchboard.plugins.twilio.testing.TwilioWebhook;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each of Twilio's callbacks about a call becomes the facts it carries, whatever order they come in. */
class CallCallbacksTest {

    private static final String RECORDING = "https://api.twilio.com/2010-04-01/Accounts/"
            + VoiceTestbed.ACCOUNT_SID + "/Recordings/RE00000000000000000000000000000001";
    private static final Instant RANG = Instant.parse("2026-03-02T10:00:00Z");

    private final VoiceTestbed voice = VoiceTestbed.start();

    @AfterEach
    void stop() {
        voice.close();
    }

    private static String rfc2822(Instant at) {
        return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(java.time.ZoneOffset.UTC));
    }

    @Test
    void theAgentLegAnsweringTellsWhenAndWho() {
        CallEvent answered = voice.event(VoiceTestbed.legStatus("in-progress").param("Timestamp",
                rfc2822(RANG.plusSeconds(8))));
        assertEquals(VoiceTestbed.CALL_SID, answered.callId(), "legs report on the caller's call");
        assertEquals(Address.phone(VoiceTestbed.CUSTOMER), answered.caller());
        assertEquals(CallState.IN_PROGRESS, answered.state());
        assertEquals(RANG.plusSeconds(8), answered.answeredAt());
        assertEquals(VoiceTestbed.RING_NUMBER, answered.answeredBy());
    }

    @Test
    void theAgentLegCompletingGivesTheTalkTime() {
        CallEvent done = voice.event(VoiceTestbed.legStatus("completed").param("CallDuration", "95")
                .param("Timestamp", rfc2822(RANG.plusSeconds(103))));
        assertEquals(CallState.COMPLETED, done.state());
        assertEquals(Duration.ofSeconds(95), done.talkTime());
        assertEquals(RANG.plusSeconds(103), done.endedAt());
        assertEquals(VoiceTestbed.RING_NUMBER, done.answeredBy());
    }

    @Test
    void anAgentLegThatWasNotAnsweredSaysNothing() {
        assertEquals(List.of(), voice.events(VoiceTestbed.legStatus("no-answer")));
    }

    @Test
    void theWholeCallsEndGivesItsEndButNeitherAnAnswerNorItsDurationAsTalkTime() {
        CallEvent ended = voice.event(VoiceTestbed.callStatus("completed").param("CallDuration", "130")
                .param("Timestamp", rfc2822(RANG.plusSeconds(130))));
        assertNull(ended.state(), "Twilio's completed says the call ended, not that an agent answered");
        assertEquals(RANG.plusSeconds(130), ended.endedAt());
        assertNull(ended.talkTime(), "the whole call's duration includes greeting, ringing and voicemail");
    }

    @Test
    void unansweredEndingsAreReportedAsSuch() {
        assertEquals(CallState.NO_ANSWER, voice.event(VoiceTestbed.callStatus("no-answer")).state());
        assertEquals(CallState.BUSY, voice.event(VoiceTestbed.callStatus("busy")).state());
        assertEquals(CallState.CANCELED, voice.event(VoiceTestbed.callStatus("canceled")).state());
        assertEquals(CallState.FAILED, voice.event(VoiceTestbed.callStatus("failed")).state());
    }

    @Test
    void theWholeCallInProgressSaysNothingSinceTwilioNotAnAgentPickedUp() {
        assertEquals(List.of(), voice.events(VoiceTestbed.callStatus("in-progress")));
    }

    @Test
    void theRecordingMakesTheCallAVoicemail() {
        CallEvent recording = voice.event(VoiceTestbed.recordingStatus(RECORDING));
        assertTrue(recording.voicemail());
        assertEquals(RECORDING, recording.recordingUrl());
        assertEquals(Address.phone(VoiceTestbed.CUSTOMER), recording.caller(),
                "the recording callback has no From; the signed callback URL names the caller");
    }

    @Test
    void theTranscriptionCarriesTheVoicemailsText() {
        CallEvent transcript = voice.event(VoiceTestbed.transcription("Hi, I need a refund for order 1234.",
                RECORDING));
        assertEquals("Hi, I need a refund for order 1234.", transcript.transcript());
        assertEquals(RECORDING, transcript.recordingUrl());
        assertTrue(transcript.voicemail());
    }

    @Test
    void aFailedTranscriptionSaysNothing() {
        assertEquals(List.of(), voice.events(VoiceTestbed.transcription("", RECORDING)
                .set("TranscriptionStatus", "failed")));
    }

    @Test
    void theRecordActionReportsTheVoicemailAndHangsUp() {
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Hangup/></Response>",
                voice.twiml(VoiceTestbed.recorded(RECORDING)));
        assertTrue(voice.event(VoiceTestbed.recorded(RECORDING)).voicemail());
    }

    @Test
    void aCallbackWithATamperedQueryIsRefused() {
        TwilioWebhook signed = VoiceTestbed.recordingStatus(RECORDING);
        TwilioWebhook tampered = TwilioWebhook.to(VoiceTestbed.URL, "/recording?customer=%2B15559999999")
                .param("CallSid", VoiceTestbed.CALL_SID).param("RecordingUrl", RECORDING);
        assertEquals(403, VoiceTestbed.status(voice.instance.onWebhook(tampered.request(
                signed.signature(VoiceTestbed.AUTH_TOKEN)))));
    }

    @Test
    void everyArrivalOrderOfAnAnsweredCallsCallbacksYieldsTheSameFacts() {
        List<TwilioWebhook> lifecycle = List.of(
                VoiceTestbed.callStatus("ringing").param("Timestamp", rfc2822(RANG)),
                VoiceTestbed.legStatus("in-progress").param("Timestamp", rfc2822(RANG.plusSeconds(8))),
                VoiceTestbed.legStatus("completed").param("CallDuration", "95")
                        .param("Timestamp", rfc2822(RANG.plusSeconds(103))),
                VoiceTestbed.dialResult("completed").param("DialCallDuration", "95"),
                VoiceTestbed.callStatus("completed").param("Timestamp", rfc2822(RANG.plusSeconds(104))));
        List<String> inOrder = facts(lifecycle);
        for (long seed = 1; seed <= 5; seed++) {
            List<TwilioWebhook> shuffled = new ArrayList<>(lifecycle);
            Collections.shuffle(shuffled, new Random(seed));
            List<String> facts = facts(shuffled);
            Collections.sort(facts);
            List<String> expected = new ArrayList<>(inOrder);
            Collections.sort(expected);
            assertEquals(expected, facts, "seed " + seed);
        }
        assertFalse(inOrder.isEmpty());
    }

    private List<String> facts(List<TwilioWebhook> webhooks) {
        List<String> facts = new ArrayList<>();
        webhooks.forEach(w -> voice.events(w).forEach(e -> facts.add(e.toString())));
        return facts;
    }
}
