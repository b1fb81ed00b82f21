package io.switchboard.host.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.host.problem.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Business-time arithmetic: weekends, holidays, overnight intervals and DST changes. */
class BusinessCalendarTest {

    private static final List<List<String>> NINE_TO_FIVE = List.of(List.of("09:00", "17:00"));

    private static BusinessCalendar weekdays(String zone, String... holidays) {
        return new CalendarSpec("office", zone, Map.of("mon", NINE_TO_FIVE, "tue", NINE_TO_FIVE, "wed", NINE_TO_FIVE,
                "thu", NINE_TO_FIVE, "fri", NINE_TO_FIVE), List.of(holidays), null).toCalendar();
    }

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void minutesAddedWithinTheSameDayStayOnThatDay() {
        // 2026-03-04 is a Wednesday.
        assertEquals(at("2026-03-04T11:30:00Z"), weekdays("UTC").plusMinutes(at("2026-03-04T10:00:00Z"), 90));
    }

    @Test
    void minutesThatDoNotFitBeforeClosingContinueNextMorning() {
        assertEquals(at("2026-03-05T10:00:00Z"), weekdays("UTC").plusMinutes(at("2026-03-04T16:00:00Z"), 120));
    }

    @Test
    void fridayAfternoonPlusTwoHoursLandsOnMondayMorning() {
        assertEquals(at("2026-03-09T10:00:00Z"), weekdays("UTC").plusMinutes(at("2026-03-06T16:00:00Z"), 120));
    }

    @Test
    void aStartOutsideHoursCountsFromTheNextOpening() {
        assertEquals(at("2026-03-09T09:30:00Z"), weekdays("UTC").plusMinutes(at("2026-03-07T12:00:00Z"), 30));
        assertEquals(at("2026-03-05T09:30:00Z"), weekdays("UTC").plusMinutes(at("2026-03-04T20:00:00Z"), 30));
    }

    @Test
    void addingExactlyTheRestOfTheDayEndsAtClosingTime() {
        assertEquals(at("2026-03-04T17:00:00Z"), weekdays("UTC").plusMinutes(at("2026-03-04T09:00:00Z"), 480));
    }

    @Test
    void aHolidayIsSkipped() {
        BusinessCalendar calendar = weekdays("UTC", "2026-03-05");
        assertEquals(at("2026-03-06T10:00:00Z"), calendar.plusMinutes(at("2026-03-04T16:00:00Z"), 120));
        assertFalse(calendar.isOpen(at("2026-03-05T12:00:00Z")));
    }

    @Test
    void aHolidayOnFridayPushesIntoMondayAcrossTheWeekend() {
        assertEquals(at("2026-03-09T11:00:00Z"), weekdays("UTC", "2026-03-06")
                .plusMinutes(at("2026-03-05T16:00:00Z"), 180));
    }

    @Test
    void businessTimeBetweenSpansNightsAndWeekendsCountsOnlyOpenHours() {
        BusinessCalendar calendar = weekdays("UTC");
        assertEquals(Duration.ofHours(2), calendar.between(at("2026-03-06T16:00:00Z"), at("2026-03-09T10:00:00Z")));
        assertEquals(Duration.ofHours(40), calendar.between(at("2026-03-02T00:00:00Z"), at("2026-03-07T00:00:00Z")));
    }

    @Test
    void businessTimeBetweenIsNegativeBackwards() {
        assertEquals(Duration.ofHours(-2), weekdays("UTC").between(at("2026-03-09T10:00:00Z"),
                at("2026-03-06T16:00:00Z")));
    }

    @Test
    void businessTimeBetweenTwoClosedInstantsOfOneNightIsZero() {
        assertEquals(Duration.ZERO, weekdays("UTC").between(at("2026-03-04T18:00:00Z"), at("2026-03-05T08:00:00Z")));
    }

    @Test
    void hoursAreWallClockTimeInTheCalendarsZone() {
        BusinessCalendar berlin = weekdays("Europe/Berlin"); // UTC+1 in winter
        assertTrue(berlin.isOpen(at("2026-03-04T08:00:00Z")));
        assertFalse(berlin.isOpen(at("2026-03-04T16:30:00Z")));
        assertEquals(at("2026-03-05T08:30:00Z"), berlin.plusMinutes(at("2026-03-04T15:30:00Z"), 60));
    }

    @Test
    void afterTheSpringForwardChangeTheSameWallClockHoursAreAnHourEarlierInUtc() {
        // New York moves to EDT (UTC-4) on Sunday 2026-03-08; Friday closes at 22:00Z, Monday opens at 13:00Z.
        BusinessCalendar newYork = weekdays("America/New_York");
        assertEquals(at("2026-03-09T14:00:00Z"), newYork.plusMinutes(at("2026-03-06T21:00:00Z"), 120));
        assertEquals(Duration.ofHours(2), newYork.between(at("2026-03-06T21:00:00Z"), at("2026-03-09T14:00:00Z")));
    }

    @Test
    void anIntervalAcrossTheSpringForwardGapIsAnHourShorter() {
        BusinessCalendar nights = new CalendarSpec("nights", "Europe/Berlin",
                Map.of("sat", List.of(List.of("22:00", "06:00"))), List.of(), null).toCalendar();
        // Night of 2026-03-28/29: clocks jump from 02:00 to 03:00, so 22:00-06:00 lasts 7 hours.
        assertEquals(Duration.ofHours(7), nights.between(at("2026-03-28T00:00:00Z"), at("2026-03-30T00:00:00Z")));
    }

    @Test
    void anIntervalAcrossTheFallBackOverlapIsAnHourLonger() {
        BusinessCalendar nights = new CalendarSpec("nights", "Europe/Berlin",
                Map.of("sat", List.of(List.of("22:00", "06:00"))), List.of(), null).toCalendar();
        // Night of 2026-10-24/25: clocks go back from 03:00 to 02:00, so 22:00-06:00 lasts 9 hours.
        assertEquals(Duration.ofHours(9), nights.between(at("2026-10-24T00:00:00Z"), at("2026-10-26T00:00:00Z")));
    }

    @Test
    void anOvernightIntervalRunsIntoTheNextDay() {
        BusinessCalendar nights = new CalendarSpec("nights", "UTC",
                Map.of("fri", List.of(List.of("22:00", "02:00"))), List.of(), null).toCalendar();
        assertTrue(nights.isOpen(at("2026-03-07T01:00:00Z"))); // Saturday 01:00
        assertEquals(at("2026-03-07T01:00:00Z"), nights.plusMinutes(at("2026-03-06T23:00:00Z"), 120));
        assertEquals(at("2026-03-13T22:30:00Z"), nights.plusMinutes(at("2026-03-07T01:30:00Z"), 60));
    }

    @Test
    void anOvernightIntervalBegunBeforeAHolidayStillRunsOut() {
        BusinessCalendar nights = new CalendarSpec("nights", "UTC", Map.of("fri", List.of(List.of("22:00", "02:00")),
                "sat", List.of(List.of("22:00", "02:00"))), List.of("2026-03-07"), null).toCalendar();
        assertTrue(nights.isOpen(at("2026-03-07T01:00:00Z")));
        assertFalse(nights.isOpen(at("2026-03-07T23:00:00Z")));
    }

    @Test
    void overlappingOvernightAndMorningIntervalsAreNotCountedTwice() {
        BusinessCalendar calendar = new CalendarSpec("overlap", "UTC", Map.of("mon", List.of(List.of("22:00", "06:00")),
                "tue", List.of(List.of("05:00", "08:00"))), List.of(), null).toCalendar();
        assertEquals(Duration.ofHours(10), calendar.between(at("2026-03-02T00:00:00Z"), at("2026-03-04T00:00:00Z")));
    }

    @Test
    void alwaysOpenBusinessTimeIsPlainTime() {
        Instant start = at("2026-03-06T16:00:00Z");
        assertEquals(start.plus(Duration.ofDays(20)), BusinessCalendar.ALWAYS_OPEN.plus(start, Duration.ofDays(20)));
        assertEquals(Duration.ofDays(20), BusinessCalendar.ALWAYS_OPEN.between(start, start.plus(Duration.ofDays(20))));
        assertTrue(BusinessCalendar.ALWAYS_OPEN.isOpen(at("2026-03-08T00:00:00Z")));
    }

    @Test
    void nextOpeningIsNowWhenOpenAndTheNextMorningWhenClosed() {
        BusinessCalendar calendar = weekdays("UTC");
        assertEquals(at("2026-03-04T10:00:00Z"), calendar.nextOpening(at("2026-03-04T10:00:00Z")).orElseThrow());
        assertEquals(at("2026-03-09T09:00:00Z"), calendar.nextOpening(at("2026-03-06T17:00:00Z")).orElseThrow());
    }

    @Test
    void aCalendarThatNeverOpensCannotAddTime() {
        BusinessCalendar never = new CalendarSpec("never", "UTC", Map.of(), List.of(), null).toCalendar();
        assertThrows(IllegalStateException.class, () -> never.plusMinutes(at("2026-03-04T10:00:00Z"), 1));
        assertTrue(never.nextOpening(at("2026-03-04T10:00:00Z")).isEmpty());
    }

    @Test
    void invalidSpecsAreRefusedWithTheFaultNamed() {
        Problem zone = assertThrows(Problem.class, () -> new CalendarSpec("x", "Mars/Base", Map.of(), List.of(), null)
                .toCalendar());
        assertTrue(zone.detail().contains("Mars/Base"));
        Problem day = assertThrows(Problem.class, () -> new CalendarSpec("x", "UTC", Map.of("monday", NINE_TO_FIVE),
                List.of(), null).toCalendar());
        assertTrue(day.detail().contains("monday"));
        Problem time = assertThrows(Problem.class, () -> new CalendarSpec("x", "UTC",
                Map.of("mon", List.of(List.of("9am", "17:00"))), List.of(), null).toCalendar());
        assertTrue(time.detail().contains("9am"));
        Problem empty = assertThrows(Problem.class, () -> new CalendarSpec("x", "UTC",
                Map.of("mon", List.of(List.of("09:00", "09:00"))), List.of(), null).toCalendar());
        assertTrue(empty.detail().contains("empty"));
    }

    @Test
    void aSpecRoundTripsThroughTheCalendar() {
        CalendarSpec spec = new CalendarSpec("office", "Europe/Berlin", Map.of("mon", List.of(List.of("09:00", "12:00"),
                List.of("13:00", "24:00")), "fri", List.of(List.of("22:00", "02:00"))), List.of("2026-12-25"), 120);
        CalendarSpec back = CalendarSpec.of("office", spec.toCalendar(), 120);
        assertEquals(spec.weekly().get("mon"), back.weekly().get("mon"));
        assertEquals(spec.weekly().get("fri"), back.weekly().get("fri"));
        assertEquals(List.of("2026-12-25"), back.holidays());
    }
}
