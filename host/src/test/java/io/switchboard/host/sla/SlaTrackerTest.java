package io.switchboard.host.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.AddressKind;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.host.conversations.ConversationActions;
import io.switchboard.host.conversations.ConversationStatus;
import io.switchboard.host.conversations.ConversationStore;
import io.switchboard.host.conversations.EventLog;
import io.switchboard.host.hours.CalendarSpec;
import io.switchboard.host.hours.CalendarStore;
import io.switchboard.host.testing.MutableClock;
import io.switchboard.host.testing.StoreFixture;
import io.switchboard.host.users.UserStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SLA clocks on the desk's clock: time left in business time, breaches at the due instant, recomputation. */
class SlaTrackerTest {

    // Wednesday 2026-03-04 16:00 UTC; the office is open Mon-Fri 09:00-17:00 UTC.
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-04T16:00:00Z"));
    private final StoreFixture store = new StoreFixture(clock);
    private final SlaPolicyStore policies = new SlaPolicyStore(store.jdbi(), clock);
    private final CalendarStore calendars = new CalendarStore(store.jdbi(), clock);
    private final SlaTracker tracker = new SlaTracker(store.jdbi(), clock, policies, calendars, store.live());
    private final SlaQueries queries = new SlaQueries(store.jdbi(), clock, tracker);

    SlaTrackerTest() {
        List<List<String>> day = List.of(List.of("09:00", "17:00"));
        calendars.create(new CalendarSpec("office", "UTC", Map.of("mon", day, "tue", day, "wed", day, "thu", day,
                "fri", day), List.of(), null));
        policies.create(new SlaPolicy(0, "normal", "normal", null, 120, 480, true));
        policies.create(new SlaPolicy(0, "urgent", "urgent", null, 15, 60, true));
    }

    @AfterEach
    void close() {
        tracker.close();
        store.close();
    }

    private long customerWrites() {
        store.ingest(InboundMessage.text(UUID.randomUUID().toString(), new Address(new AddressKind("test"), "c1"),
                null, clock.instant(), "help"));
        return store.onlyConversationId();
    }

    @Test
    void theFirstResponseTargetCountsOnlyBusinessHours() {
        long id = customerWrites();
        tracker.sweep();

        SlaView sla = queries.of(id);
        // 60 minutes today until 17:00, the other 60 tomorrow from 09:00.
        assertEquals(Instant.parse("2026-03-05T10:00:00Z"), sla.firstResponse().dueAt());
        assertEquals(7200, sla.firstResponse().remainingSeconds());
        assertEquals("running", sla.firstResponse().state());
    }

    @Test
    void outsideBusinessHoursTheClockIsPausedAndTimeLeftDoesNotShrink() {
        long id = customerWrites();
        tracker.sweep();
        clock.advance(Duration.ofHours(2)); // 18:00, closed
        SlaView evening = queries.of(id);
        clock.advance(Duration.ofHours(12)); // 06:00 next day, still closed
        SlaView night = queries.of(id);

        assertTrue(evening.paused());
        assertEquals(3600, evening.firstResponse().remainingSeconds());
        assertEquals(3600, night.firstResponse().remainingSeconds());
    }

    @Test
    void aBreachIsFlaggedAtTheDueInstantNotBefore() {
        long id = customerWrites();
        tracker.sweep();
        clock.advance(Duration.between(clock.instant(), Instant.parse("2026-03-05T09:59:59Z")));
        assertEquals(List.of(), tracker.sweep());
        assertEquals("running", queries.of(id).firstResponse().state());

        clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of(id), tracker.sweep());
        SlaView sla = queries.of(id);
        assertEquals("breached", sla.firstResponse().state());
        assertEquals(Instant.parse("2026-03-05T10:00:00Z"), sla.firstResponse().breachedAt());
        assertEquals(List.of(id), queries.list("breached", Duration.ofMinutes(60)).stream()
                .map(SlaView::conversationId).toList());
        assertEquals(List.of(), tracker.sweep(), "a breach is announced once");
    }

    @Test
    void theFirstAgentReplyMeetsTheFirstResponseTarget() {
        long id = customerWrites();
        tracker.sweep();
        clock.advance(Duration.ofMinutes(30));
        store.replies(() -> { }).reply(id, store.agent(), "on it", null);
        tracker.sweep();
        clock.advance(Duration.ofDays(3));
        tracker.sweep();

        SlaView sla = queries.of(id);
        assertEquals("met", sla.firstResponse().state());
        assertEquals(Instant.parse("2026-03-04T16:30:00Z"), sla.firstResponse().metAt());
        assertNull(sla.firstResponse().breachedAt());
    }

    @Test
    void resolvingStopsTheResolutionClockAndReopeningStartsItAgain() {
        long id = customerWrites();
        ConversationActions actions = new ConversationActions(store.jdbi(), clock, new ConversationStore(clock),
                new EventLog(), new UserStore(store.jdbi(), clock), store.live());
        clock.advance(Duration.ofMinutes(30));
        actions.setStatus(id, store.agent(), ConversationStatus.RESOLVED);
        tracker.sweep();
        assertEquals("met", queries.of(id).resolution().state());

        clock.advance(Duration.ofMinutes(10)); // 16:40: the customer writes again
        customerWrites();
        tracker.sweep();
        SlaView reopened = queries.of(id);
        assertEquals("running", reopened.resolution().state());
        // 480 business minutes from 16:40 Wednesday: 20 today, 7h40 on Thursday (until 16:40).
        assertEquals(Instant.parse("2026-03-05T16:40:00Z"), reopened.resolution().dueAt());
    }

    @Test
    void aPriorityChangeAppliesTheOtherPolicysTargets() {
        long id = customerWrites();
        tracker.sweep();
        store.jdbi().useHandle(h -> h.createUpdate("UPDATE conversations SET priority = 'urgent' WHERE id = :id")
                .bind("id", id).execute());
        tracker.sweep();

        SlaView sla = queries.of(id);
        assertEquals("urgent", sla.policyName());
        assertEquals(Instant.parse("2026-03-04T16:15:00Z"), sla.firstResponse().dueAt());
    }

    @Test
    void atRiskListsRunningTargetsWithLittleTimeLeft() {
        long id = customerWrites();
        tracker.sweep();
        assertEquals(List.of(), queries.list("at-risk", Duration.ofMinutes(60)));
        clock.advance(Duration.ofMinutes(45)); // 16:45: 75 minutes left
        assertEquals(List.of(), queries.list("at-risk", Duration.ofMinutes(60)));
        clock.advance(Duration.ofMinutes(10)); // 16:55: 65 minutes left
        assertEquals(List.of(id), queries.list("at-risk", Duration.ofMinutes(70)).stream()
                .map(SlaView::conversationId).toList());
    }

    @Test
    void breachesAreCountedPerDayPolicyAndChannelType() {
        customerWrites();
        tracker.sweep();
        clock.advance(Duration.ofDays(2));
        tracker.sweep();

        List<SlaQueries.BreachCount> counts = queries.breaches(Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-03-10T00:00:00Z"), "day");
        // First response was due Thursday 10:00, resolution Thursday 16:00.
        assertEquals(List.of(new SlaQueries.BreachCount("2026-03-05", 1L, "normal", "scripted", 1, 1)), counts);
    }

    @Test
    void withoutAMatchingPolicyThereAreNoTargets() {
        store.jdbi().useHandle(h -> h.createUpdate("UPDATE sla_policies SET enabled = FALSE").execute());
        long id = customerWrites();
        tracker.sweep();
        SlaView sla = queries.of(id);
        assertNull(sla.firstResponse());
        assertNull(sla.resolution());
        assertFalse(sla.paused());
    }
}
