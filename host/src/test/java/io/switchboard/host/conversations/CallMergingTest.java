package io.switchboard.host.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.event.CallEvent;
import io.switchboard.api.channel.event.CallState;
import io.switchboard.host.testing.StoreFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A call reported in several callbacks, in any order, is one call entry with everything known. */
class CallMergingTest {

    private static final Instant START = Instant.parse("2026-11-22T09:00:00Z");
    private static final Address CALLER = Address.phone("+15551230000");
    private StoreFixture store;

    @BeforeEach
    void setUp() {
        store = new StoreFixture(Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void everyArrivalOrderGivesTheSameCallEntry() {
        List<CallEvent> lifecycle = lifecycle("CA1");
        for (long seed = 0; seed < 5; seed++) {
            List<CallEvent> shuffled = new ArrayList<>(lifecycle(("CA-" + seed)));
            Collections.shuffle(shuffled, new java.util.Random(seed));
            shuffled.forEach(store::ingest);
        }
        lifecycle.forEach(store::ingest);
        List<CallEntry> calls = store.jdbi().withHandle(h -> CallEntry.list(h, store.onlyConversationId()));
        assertEquals(6, calls.size(), "one conversation per caller, one entry per call");
        for (CallEntry call : calls) {
            assertEquals(CallState.COMPLETED, call.state());
            assertEquals(START, call.startedAt());
            assertEquals(START.plusSeconds(10), call.answeredAt());
            assertEquals(95L, call.talkSeconds());
            assertEquals("https://api.twilio.example/rec.mp3", call.recordingUrl());
            assertEquals("I need a refund", call.transcript());
        }
    }

    @Test
    void theEndOfACallIsLoggedOnceWithItsTalkTime() {
        lifecycle("CA9").forEach(store::ingest);
        store.ingest(lifecycle("CA9").get(2));
        List<String> ends = store.jdbi().withHandle(h -> h.createQuery("SELECT attributes_json FROM"
                + " conversation_events WHERE type = 'CALL_ENDED'").mapTo(String.class).list());
        assertEquals(1, ends.size());
        assertTrue(ends.get(0).contains("\"talkSeconds\":\"95\""), ends.get(0));
    }

    private static List<CallEvent> lifecycle(String callId) {
        return List.of(
                event(callId, CallState.RINGING, START, null, null, null, null),
                event(callId, CallState.IN_PROGRESS, START.plusSeconds(10), START.plusSeconds(10), null, null, null),
                event(callId, CallState.COMPLETED, START.plusSeconds(105), null, Duration.ofSeconds(95), null, null),
                event(callId, null, START.plusSeconds(110), null, null, "https://api.twilio.example/rec.mp3", null),
                event(callId, null, START.plusSeconds(140), null, null, null, "I need a refund"));
    }

    private static CallEvent event(String callId, CallState state, Instant at, Instant answeredAt, Duration talk,
                                   String recording, String transcript) {
        return new CallEvent(callId, CALLER, Address.phone("+15559990000"), state, at, answeredAt, null, talk, null,
                recording, transcript, false);
    }
}
