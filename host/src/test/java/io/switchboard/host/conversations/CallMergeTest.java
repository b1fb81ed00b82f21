package io.switchboard.host.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.event.CallEvent;
import io.switchboard.api.channel.event.CallState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Merging a call's callbacks gives one result whatever their order; what the call amounts to follows from it. */
class CallMergeTest {

    private static final Instant RANG = Instant.parse("2026-03-02T10:00:00Z");
    private static final Address CUSTOMER = Address.phone("+15551234567");
    private static final Address DESK = Address.phone("+15550002222");
    private static final String AGENT = "+15550003333";
    private static final String RECORDING = "https://api.twilio.com/rec/RE1";
    private static final Duration WITHIN = Duration.ofHours(2);

    private static CallEvent event(CallState state, Instant at, Instant answeredAt, Instant endedAt, Duration talk,
                                   String by, String recording, String transcript, boolean voicemail) {
        return new CallEvent("CA1", CUSTOMER, DESK, state, at, answeredAt, endedAt, talk, by, recording, transcript,
                voicemail);
    }

    /** An answered call as Twilio reports it: ringing, agent leg answered and completed, dial result, end. */
    private static final List<CallEvent> ANSWERED = List.of(
            event(CallState.RINGING, RANG, null, null, null, null, null, null, false),
            event(CallState.IN_PROGRESS, RANG.plusSeconds(8), RANG.plusSeconds(8), null, null, AGENT, null, null, false),
            event(CallState.COMPLETED, RANG.plusSeconds(103), null, RANG.plusSeconds(103), Duration.ofSeconds(95),
                    AGENT, null, null, false),
            event(null, RANG.plusSeconds(103), null, null, Duration.ofSeconds(95), AGENT, null, null, false),
            event(null, RANG.plusSeconds(104), null, RANG.plusSeconds(104), null, null, null, null, false));

    /** A voicemail: ringing, the whole call's end, the recording, its transcription. */
    private static final List<CallEvent> VOICEMAIL = List.of(
            event(CallState.RINGING, RANG, null, null, null, null, null, null, false),
            event(null, RANG.plusSeconds(60), null, RANG.plusSeconds(60), null, null, null, null, false),
            event(null, RANG.plusSeconds(61), null, null, null, null, RECORDING, null, true),
            event(null, RANG.plusSeconds(90), null, null, null, null, RECORDING, "I need a refund", true));

    private static CallRow fresh(CallDirection direction) {
        return new CallRow(1, 1, "CA1", CUSTOMER.value(), null, null, RANG.plusSeconds(500), null, null, null, null,
                null, null, false, direction, null, null);
    }

    private static CallRow mergeAll(List<CallEvent> events, CallDirection direction) {
        CallRow row = fresh(direction);
        for (CallEvent e : events) {
            row = CallMerge.merge(row, e, WITHIN);
        }
        return row;
    }

    private static Set<CallRow> everyOrder(List<CallEvent> events) {
        Set<CallRow> results = new HashSet<>();
        permute(new ArrayList<>(events), 0, results);
        return results;
    }

    private static void permute(List<CallEvent> events, int from, Set<CallRow> results) {
        if (from == events.size()) {
            results.add(mergeAll(events, CallDirection.INBOUND));
            return;
        }
        for (int i = from; i < events.size(); i++) {
            java.util.Collections.swap(events, from, i);
            permute(events, from + 1, results);
            java.util.Collections.swap(events, from, i);
        }
    }

    @Test
    void allOneHundredTwentyOrdersOfAnAnsweredCallMergeToOneResult() {
        assertEquals(1, everyOrder(ANSWERED).size());
    }

    @Test
    void anAnsweredCallIsCompletedWithItsAnswerEndTalkTimeAndAgent() {
        CallRow call = mergeAll(ANSWERED, CallDirection.INBOUND);
        assertEquals(CallState.COMPLETED, call.outcome());
        assertEquals(RANG, call.startedAt());
        assertEquals(RANG.plusSeconds(8), call.answeredAt());
        assertEquals(RANG.plusSeconds(104), call.endedAt());
        assertEquals(95L, call.talkSeconds());
        assertEquals(AGENT, call.answeredBy());
        assertFalse(call.missed());
        assertNull(call.callbackDueAt());
    }

    @Test
    void everyOrderOfAVoicemailMergesToOneResult() {
        assertEquals(1, everyOrder(VOICEMAIL).size());
    }

    @Test
    void aVoicemailIsAMissedCallOwedACallbackTwoHoursAfterItCameIn() {
        CallRow call = mergeAll(VOICEMAIL, CallDirection.INBOUND);
        assertEquals(CallState.NO_ANSWER, call.outcome());
        assertTrue(call.voicemail());
        assertEquals(RECORDING, call.recordingUrl());
        assertEquals("I need a refund", call.transcript());
        assertTrue(call.missed());
        assertEquals(RANG.plus(WITHIN), call.callbackDueAt());
    }

    @Test
    void aVoicemailIsOwedItsCallbackAsSoonAsItIsHeardEvenBeforeTheCallEnds() {
        CallRow call = mergeAll(VOICEMAIL.subList(2, 3), CallDirection.INBOUND);
        assertTrue(call.missed());
        assertTrue(call.callbackDueAt() != null);
    }

    @Test
    void anEndReportedBeforeTheAnswerStillGivesACompletedCallWithNothingOwed() {
        CallRow endFirst = mergeAll(List.of(ANSWERED.get(4), ANSWERED.get(0)), CallDirection.INBOUND);
        assertEquals(CallState.NO_ANSWER, endFirst.outcome(), "until the answer arrives, it looks missed");
        assertTrue(endFirst.callbackDueAt() != null);

        CallRow answeredLate = CallMerge.merge(endFirst, ANSWERED.get(1), WITHIN);
        assertEquals(CallState.COMPLETED, answeredLate.outcome());
        assertNull(answeredLate.callbackDueAt());
    }

    @Test
    void aBusyLineIsAMissedCallThatSaysBusy() {
        CallRow call = mergeAll(List.of(ANSWERED.get(0), event(CallState.BUSY, RANG.plusSeconds(3), null,
                RANG.plusSeconds(3), null, null, null, null, false)), CallDirection.INBOUND);
        assertEquals(CallState.BUSY, call.outcome());
        assertTrue(call.missed());
    }

    @Test
    void inProgressMeansAnsweredEvenWithoutAnAnswerTime() {
        CallRow call = mergeAll(List.of(event(CallState.IN_PROGRESS, RANG.plusSeconds(5), null, null, null, null, null,
                null, false), event(CallState.NO_ANSWER, RANG.plusSeconds(9), null, RANG.plusSeconds(9), null, null,
                null, null, false)), CallDirection.INBOUND);
        assertEquals(RANG.plusSeconds(5), call.answeredAt());
        assertEquals(CallState.COMPLETED, call.outcome());
    }

    @Test
    void aCallbackTheCustomerDidNotTakeIsOwedNothing() {
        CallRow call = mergeAll(List.of(event(null, RANG.plusSeconds(30), null, RANG.plusSeconds(30), null, null, null,
                null, false)), CallDirection.OUTBOUND);
        assertEquals(CallState.NO_ANSWER, call.outcome());
        assertFalse(call.missed(), "only customers' calls are owed callbacks");
        assertNull(call.callbackDueAt());
    }

    @Test
    void aStillRingingCallIsNeitherAnsweredNorMissed() {
        CallRow call = mergeAll(ANSWERED.subList(0, 1), CallDirection.INBOUND);
        assertEquals(CallState.RINGING, call.outcome());
        assertFalse(call.missed());
    }
}
