package io.switchboard.host.hours;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The open spans of a calendar in time order from a day before a given instant, overlapping
 * intervals merged (an overnight interval and the next morning's). Wall-clock times become
 * instants in the calendar's zone, so a DST change makes that day's interval an hour shorter or
 * longer, as the clock on the wall says. Touching spans are joined up to a week. Ends after ten
 * years without an interval.
 */
final class OpenSpans implements Iterator<OpenSpan> {

    private static final int MAX_EMPTY_DAYS = 3660;
    /** Touching spans are joined up to this length, so an always-open calendar still yields spans. */
    private static final Duration MAX_MERGED = Duration.ofDays(7);

    private final BusinessCalendar calendar;
    private final Deque<OpenSpan> ofDay = new ArrayDeque<>();
    private LocalDate nextDate;
    private int emptyDays;
    private OpenSpan pending;

    OpenSpans(BusinessCalendar calendar, Instant from) {
        this.calendar = calendar;
        this.nextDate = from.atZone(calendar.zone()).toLocalDate().minusDays(1);
        this.pending = pull();
    }

    @Override
    public boolean hasNext() {
        return pending != null;
    }

    @Override
    public OpenSpan next() {
        if (pending == null) {
            throw new NoSuchElementException();
        }
        OpenSpan merged = pending;
        OpenSpan following = pull();
        while (following != null && (following.start().isBefore(merged.end())
                || following.start().equals(merged.end()) && merged.length().compareTo(MAX_MERGED) < 0)) {
            merged = new OpenSpan(merged.start(), following.end().isAfter(merged.end()) ? following.end()
                    : merged.end());
            following = pull();
        }
        pending = following;
        return merged;
    }

    private OpenSpan pull() {
        while (ofDay.isEmpty()) {
            if (emptyDays > MAX_EMPTY_DAYS) {
                return null;
            }
            fill(nextDate);
            nextDate = nextDate.plusDays(1);
            emptyDays = ofDay.isEmpty() ? emptyDays + 1 : 0;
        }
        return ofDay.poll();
    }

    private void fill(LocalDate date) {
        if (calendar.holidays().contains(date)) {
            return;
        }
        DayOfWeek day = date.getDayOfWeek();
        List<DailyInterval> intervals = calendar.weekly().getOrDefault(day, List.of());
        for (DailyInterval interval : intervals) {
            LocalDateTime start = date.atStartOfDay().plusMinutes(interval.startMinute());
            LocalDateTime end = start.plusMinutes(interval.minutes());
            Instant from = ZonedDateTime.of(start, calendar.zone()).toInstant();
            Instant to = ZonedDateTime.of(end, calendar.zone()).toInstant();
            if (to.isAfter(from)) {
                ofDay.add(new OpenSpan(from, to));
            }
        }
    }
}
