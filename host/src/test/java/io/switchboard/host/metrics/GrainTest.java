package io.switchboard.host.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Buckets are grouped into blocks: a UTC day of hours, a local week (from Monday) of days. */
class GrainTest {

    private static long at(String instant) {
        return Instant.parse(instant).getEpochSecond();
    }

    @Test
    void anHoursBlockIsItsUtcDay() {
        Grain hour = new Grain.Fixed(3600);
        assertEquals(at("2024-03-06T00:00:00Z"), hour.blockStart(at("2024-03-06T23:00:00Z")));
        assertEquals(at("2024-03-06T00:00:00Z"), hour.blockStart(at("2024-03-06T00:00:00Z")));
    }

    @Test
    void aDaysBlockStartsOnItsLocalMonday() {
        Grain utc = new Grain.ZoneDay(ZoneId.of("UTC"));
        // 2024-03-10 is a Sunday: its week began on Monday the 4th.
        assertEquals(at("2024-03-04T00:00:00Z"), utc.blockStart(at("2024-03-10T00:00:00Z")));
        assertEquals(at("2024-03-11T00:00:00Z"), utc.blockStart(at("2024-03-11T00:00:00Z")));
        assertEquals(at("1969-12-29T00:00:00Z"), utc.blockStart(at("1970-01-01T00:00:00Z")));
    }

    @Test
    void aFixedOffsetZonesWeekByArithmeticMatchesTheCalendar() {
        ZoneId kolkata = ZoneId.of("+05:30");
        Grain day = new Grain.ZoneDay(kolkata);
        for (int d = 0; d < 14; d++) {
            ZonedDateTime local = ZonedDateTime.of(2024, 3, 1 + d, 0, 0, 0, 0, kolkata);
            long expected = local.toLocalDate().with(java.time.temporal.TemporalAdjusters.previousOrSame(
                    java.time.DayOfWeek.MONDAY)).atStartOfDay(kolkata).toEpochSecond();
            assertEquals(expected, day.blockStart(local.toEpochSecond()), local.toString());
        }
    }

    @Test
    void aWeekAcrossTheDaylightSavingChangeStartsAtLocalMidnight() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Grain day = new Grain.ZoneDay(berlin);
        long monday = ZonedDateTime.of(2024, 3, 25, 0, 0, 0, 0, berlin).toEpochSecond();
        long sundayOfChange = ZonedDateTime.of(2024, 3, 31, 0, 0, 0, 0, berlin).toEpochSecond();
        assertEquals(ZonedDateTime.of(2024, 3, 25, 0, 0, 0, 0, berlin).toEpochSecond(), day.blockStart(sundayOfChange));
        assertEquals(monday, day.blockStart(monday));
    }
}
