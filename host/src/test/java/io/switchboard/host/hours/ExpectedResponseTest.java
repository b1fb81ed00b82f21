package io.switchboard.host.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reply-time sentence: never faster than the measured median, and the next opening when closed. */
class ExpectedResponseTest {

    private static final List<List<String>> DAY = List.of(List.of("09:00", "17:00"));
    private static final BusinessCalendar BERLIN = new CalendarSpec("office", "Europe/Berlin", Map.of("mon", DAY,
            "tue", DAY, "wed", DAY, "thu", DAY, "fri", DAY), List.of("2026-12-25"), 120).toCalendar();
    private static final Instant WEDNESDAY_NOON = Instant.parse("2026-03-04T11:00:00Z");

    @Test
    void whileOpenThePromisedTimeIsShownWhenTheDeskIsFaster() {
        ExpectedResponse answer = ExpectedResponse.of("web", BERLIN, 120, Optional.of(Duration.ofMinutes(40)),
                WEDNESDAY_NOON);
        assertEquals("We typically reply within 2 hours.", answer.text());
        assertEquals(40L, answer.medianFirstResponseMinutes());
    }

    @Test
    void aSlowerMeasuredMedianOverridesTheFasterPromise() {
        ExpectedResponse answer = ExpectedResponse.of("web", BERLIN, 5, Optional.of(Duration.ofMinutes(170)),
                WEDNESDAY_NOON);
        assertEquals("We typically reply within 3 hours.", answer.text());
        assertEquals(170L, answer.expectedResponseMinutes());
    }

    @Test
    void evenAnInstantMedianIsNeverPromisedAsInstant() {
        ExpectedResponse answer = ExpectedResponse.of("web", BERLIN, null, Optional.of(Duration.ofSeconds(3)),
                WEDNESDAY_NOON);
        assertEquals("We typically reply within a minute.", answer.text());
    }

    @Test
    void withNeitherPromiseNorDataNoTimeIsPromised() {
        assertEquals("We're open and will reply as soon as we can.", ExpectedResponse.of("web", BERLIN, null,
                Optional.empty(), WEDNESDAY_NOON).text());
    }

    @Test
    void onAFridayEveningTheNextOpeningIsMondayMorningInTheChannelsZone() {
        ExpectedResponse answer = ExpectedResponse.of("web", BERLIN, 120, Optional.empty(),
                Instant.parse("2026-03-06T18:00:00Z"));
        assertFalse(answer.open());
        assertEquals("We're closed; we reopen Monday 09:00.", answer.text());
        assertEquals(Instant.parse("2026-03-09T08:00:00Z"), answer.nextOpeningAt());
    }

    @Test
    void theReopeningAfterTheDstChangeIsStillNineOClockLocalTime() {
        // Berlin moves to CEST on 2026-03-29: Monday 09:00 is 07:00 UTC.
        ExpectedResponse answer = ExpectedResponse.of("web", BERLIN, 120, Optional.empty(),
                Instant.parse("2026-03-27T17:00:00Z"));
        assertEquals("We're closed; we reopen Monday 09:00.", answer.text());
        assertEquals(Instant.parse("2026-03-30T07:00:00Z"), answer.nextOpeningAt());
    }

    @Test
    void spokenDurationsRoundUp() {
        assertEquals("25 minutes", ExpectedResponse.spoken(25));
        assertEquals("an hour", ExpectedResponse.spoken(60));
        assertEquals("2 hours", ExpectedResponse.spoken(61));
        assertEquals("a day", ExpectedResponse.spoken(1440));
        assertEquals("2 days", ExpectedResponse.spoken(1441));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(Optional.of(Duration.ofMinutes(15)), ResponseTimes.median(List.of(Duration.ofMinutes(5),
                Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofMinutes(90))));
        assertEquals(Optional.empty(), ResponseTimes.median(List.of()));
    }
}
