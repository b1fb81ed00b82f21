package io.switchboard.plugins.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A weekly schedule in the channel's time zone decides whether calls are put through. */
class BusinessHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final BusinessHours weekdays = BusinessHours.parse("Mon-Fri 09:00-17:00, Sat 10:00-14:00", BERLIN);

    /** 2026-03-02 is a Monday; Berlin is UTC+1 in March before the switch to summer time. */
    private static Instant berlin(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void aWeekdayWithinHoursIsOpen() {
        assertTrue(weekdays.isOpen(berlin("2026-03-02T09:00")));
        assertTrue(weekdays.isOpen(berlin("2026-03-06T16:59")));
    }

    @Test
    void closingTimeItselfIsClosed() {
        assertFalse(weekdays.isOpen(berlin("2026-03-02T17:00")));
        assertFalse(weekdays.isOpen(berlin("2026-03-02T08:59")));
    }

    @Test
    void saturdayHasItsOwnHoursAndSundayNone() {
        assertTrue(weekdays.isOpen(berlin("2026-03-07T11:00")));
        assertFalse(weekdays.isOpen(berlin("2026-03-07T15:00")));
        assertFalse(weekdays.isOpen(berlin("2026-03-08T11:00")));
    }

    @Test
    void hoursAreReadInTheChannelsTimeZoneAcrossDaylightSaving() {
        // 08:30 UTC is 09:30 in Berlin in winter, 10:30 in summer: open both times.
        assertTrue(weekdays.isOpen(Instant.parse("2026-03-02T08:30:00Z")));
        assertTrue(weekdays.isOpen(Instant.parse("2026-07-06T08:30:00Z")));
        // 15:30 UTC is 16:30 in winter (open) but 17:30 in summer (closed).
        assertTrue(weekdays.isOpen(Instant.parse("2026-03-02T15:30:00Z")));
        assertFalse(weekdays.isOpen(Instant.parse("2026-07-06T15:30:00Z")));
    }

    @Test
    void aLunchBreakIsTwoEntriesForTheSameDays() {
        BusinessHours lunch = BusinessHours.parse("Mon-Fri 09:00-12:00; mon-fri 13:00-17:00", BERLIN);
        assertTrue(lunch.isOpen(berlin("2026-03-02T11:59")));
        assertFalse(lunch.isOpen(berlin("2026-03-02T12:30")));
        assertTrue(lunch.isOpen(berlin("2026-03-02T13:00")));
    }

    @Test
    void aRangeMayWrapAroundTheWeekAndCloseAtMidnight() {
        BusinessHours weekend = BusinessHours.parse("Sat-Sun 00:00-24:00", BERLIN);
        assertTrue(weekend.isOpen(berlin("2026-03-08T23:59")));
        assertFalse(weekend.isOpen(berlin("2026-03-09T00:00")));
        BusinessHours wrap = BusinessHours.parse("Fri-Mon 10:00-11:00", BERLIN);
        assertTrue(wrap.isOpen(berlin("2026-03-08T10:30")));
        assertFalse(wrap.isOpen(berlin("2026-03-04T10:30")));
    }

    @Test
    void anEmptyScheduleIsAlwaysOpen() {
        assertTrue(BusinessHours.parse("", BERLIN).isOpen(berlin("2026-03-08T03:00")));
        assertTrue(BusinessHours.parse(null, BERLIN).isOpen(berlin("2026-03-08T03:00")));
    }

    @Test
    void unreadableEntriesAreNamedInTheError() {
        assertEquals("'Mon-Fri 9-17' is not like 'Mon-Fri 09:00-17:00'", assertThrows(IllegalArgumentException.class,
                () -> BusinessHours.parse("Mon-Fri 9-17", BERLIN)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BusinessHours.parse("Mon-Fry 09:00-17:00",
                BERLIN)).getMessage().contains("'Fry'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BusinessHours.parse("Mon 25:00-26:00",
                BERLIN)).getMessage().contains("'25:00'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BusinessHours.parse("Fri 22:00-02:00",
                BERLIN)).getMessage().contains("split hours past midnight"));
    }
}
