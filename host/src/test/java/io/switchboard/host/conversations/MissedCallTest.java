package io.switchboard.host.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.event.CallEvent;
import io.switchboard.api.channel.event.CallState;
import io.switchboard.host.testing.StoreFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A missed call or voicemail is an open item: its conversation is open and it is owed a
 * callback by a due time; a later answered call settles it. Its end feeds handle time.
 */
class MissedCallTest {

    private static final Instant RANG = Instant.parse("2026-03-02T10:00:00Z");
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

    private static CallEvent event(String callId, CallState state, Instant at, Instant endedAt, Duration talk,
                                   String answeredBy, boolean voicemail) {
        return new CallEvent(callId, CALLER, null, state, at, null, endedAt, talk, answeredBy, null, null, voicemail);
    }

    private static CallEvent ringing(String callId, Instant at) {
        return event(callId, CallState.RINGING, at, null, null, null, false);
    }

    private static CallEvent ended(String callId, Instant at) {
        return event(callId, null, at, at, null, null, false);
    }

    private CallEntry call(String callId) {
        return store.jdbi().withHandle(h -> CallEntry.list(h, store.onlyConversationId())).stream()
                .filter(c -> c.callId().equals(callId)).findFirst().orElseThrow();
    }

    private String status() {
        return store.jdbi().withHandle(h -> h.createQuery("SELECT status FROM conversations").mapTo(String.class)
                .one());
    }

    @Test
    void aCallNobodyAnsweredIsOwedACallbackTwoHoursAfterItCameIn() {
        store.ingest(ringing("CA1", RANG), ended("CA1", RANG.plusSeconds(40)));

        CallEntry missed = call("CA1");
        assertEquals(CallState.NO_ANSWER, missed.state());
        assertEquals(RANG.plus(Duration.ofHours(2)), missed.callbackDueAt());
        assertNull(missed.callbackCompletedAt());
        assertEquals(CallDirection.INBOUND, missed.direction());
    }

    @Test
    void aMissedCallOpensAResolvedConversationAgain() {
        store.ingest(ringing("CA1", RANG), event("CA1", CallState.COMPLETED, RANG.plusSeconds(60),
                RANG.plusSeconds(60), Duration.ofSeconds(50), "+15550003333", false));
        store.jdbi().useHandle(h -> h.createUpdate("UPDATE conversations SET status = 'resolved'").execute());

        store.ingest(ringing("CA2", RANG.plusSeconds(3600)), ended("CA2", RANG.plusSeconds(3630)));

        assertEquals("open", status());
    }

    @Test
    void anAnsweredCallDoesNotReopenAResolvedConversation() {
        store.ingest(ringing("CA1", RANG));
        store.jdbi().useHandle(h -> h.createUpdate("UPDATE conversations SET status = 'resolved'").execute());
        store.ingest(event("CA1", CallState.COMPLETED, RANG.plusSeconds(60), RANG.plusSeconds(60),
                Duration.ofSeconds(50), "+15550003333", false));
        assertEquals("resolved", status());
    }

    @Test
    void aLaterAnsweredCallSettlesTheCallbacksOwed() {
        store.ingest(ringing("CA1", RANG), ended("CA1", RANG.plusSeconds(40)));
        store.ingest(ringing("CA2", RANG.plusSeconds(600)), new CallEvent("CA2", CALLER, null, CallState.IN_PROGRESS,
                RANG.plusSeconds(610), RANG.plusSeconds(610), null, null, "+15550003333", null, null, false));

        assertEquals(RANG.plusSeconds(610), call("CA1").callbackCompletedAt());
        assertNull(call("CA2").callbackDueAt());
    }

    @Test
    void aLateTalkTimeLogsTheCallsEndAgainForHandleTime() {
        store.ingest(ringing("CA1", RANG), ended("CA1", RANG.plusSeconds(100)));
        store.ingest(event("CA1", CallState.COMPLETED, RANG.plusSeconds(99), RANG.plusSeconds(99),
                Duration.ofSeconds(90), "+15550003333", false));

        List<String> ends = store.jdbi().withHandle(h -> h.createQuery("SELECT attributes_json FROM"
                + " conversation_events WHERE type = 'CALL_ENDED' ORDER BY seq").mapTo(String.class).list());
        assertEquals(2, ends.size(), ends.toString());
        assertTrue(ends.get(0).contains("\"answered\":\"false\""), ends.get(0));
        assertTrue(ends.get(1).contains("\"talkSeconds\":\"90\"") && ends.get(1).contains("\"answered\":\"true\""),
                ends.get(1));
    }

    @Test
    void theInboxShowsAVoicemailWithItsTranscript() {
        store.ingest(ringing("CA1", RANG), new CallEvent("CA1", CALLER, null, null, RANG.plusSeconds(50), null, null,
                null, null, "https://rec", "Please call me back", true));
        String preview = store.jdbi().withHandle(h -> h.createQuery("SELECT preview FROM conversations")
                .mapTo(String.class).one());
        assertEquals("Voicemail: Please call me back", preview);
    }
}
