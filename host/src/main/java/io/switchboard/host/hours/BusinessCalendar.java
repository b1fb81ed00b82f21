package io.switchboard.host.hours;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When a business is open: weekly intervals in wall-clock time of one zone, minus holidays (no
 * interval starts on a holiday; an overnight interval begun the evening before still runs out).
 * Pure arithmetic on instants: "N business minutes after t" and "business time between a and
 * b", correct across weekends, holidays, DST changes and overnight intervals.
 */
public record BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<DailyInterval>> weekly, Set<LocalDate> holidays) {

    /** Open around the clock: business time is plain time. */
    public static final BusinessCalendar ALWAYS_OPEN = alwaysOpen();

    public BusinessCalendar {
        Map<DayOfWeek, List<DailyInterval>> sorted = new EnumMap<>(DayOfWeek.class);
        weekly.forEach((day, intervals) -> {
            List<DailyInterval> copy = new ArrayList<>(intervals);
            copy.sort(Comparator.comparingInt(DailyInterval::startMinute));
            sorted.put(day, List.copyOf(copy));
        });
        weekly = Map.copyOf(sorted);
        holidays = Set.copyOf(holidays);
    }

    private static BusinessCalendar alwaysOpen() {
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(new DailyInterval(0, 1440)));
        }
        return new BusinessCalendar(ZoneOffset.UTC, week, Set.of());
    }

    /** Whether it has any interval at all; a calendar without one never opens. */
    public boolean opensEver() {
        return weekly.values().stream().anyMatch(intervals -> !intervals.isEmpty());
    }

    public boolean isOpen(Instant at) {
        OpenSpans spans = new OpenSpans(this, at);
        while (spans.hasNext()) {
            OpenSpan span = spans.next();
            if (span.end().isAfter(at)) {
                return !span.start().isAfter(at);
            }
        }
        return false;
    }

    /** {@code at} when open then, else the next opening; empty when it never opens again. */
    public Optional<Instant> nextOpening(Instant at) {
        OpenSpans spans = new OpenSpans(this, at);
        while (spans.hasNext()) {
            OpenSpan span = spans.next();
            if (span.end().isAfter(at)) {
                return Optional.of(span.start().isAfter(at) ? span.start() : at);
            }
        }
        return Optional.empty();
    }

    /**
     * The instant at which {@code amount} of business time has passed since {@code from}; time
     * outside business hours does not count. Zero gives {@code from} itself.
     *
     * @throws IllegalStateException when the calendar never opens
     */
    public Instant plus(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("only a positive amount of business time can be added");
        }
        if (amount.isZero()) {
            return from;
        }
        Duration remaining = amount;
        OpenSpans spans = new OpenSpans(this, from);
        while (spans.hasNext()) {
            OpenSpan span = spans.next();
            if (!span.end().isAfter(from)) {
                continue;
            }
            Instant start = span.start().isAfter(from) ? span.start() : from;
            Duration available = Duration.between(start, span.end());
            if (remaining.compareTo(available) <= 0) {
                return start.plus(remaining);
            }
            remaining = remaining.minus(available);
        }
        throw new IllegalStateException("the calendar never opens, so no business time ever passes");
    }

    public Instant plusMinutes(Instant from, long minutes) {
        return plus(from, Duration.ofMinutes(minutes));
    }

    /** Business time from {@code a} to {@code b}; negative when {@code b} is before {@code a}. */
    public Duration between(Instant a, Instant b) {
        if (b.isBefore(a)) {
            return between(b, a).negated();
        }
        Duration total = Duration.ZERO;
        OpenSpans spans = new OpenSpans(this, a);
        while (spans.hasNext()) {
            OpenSpan span = spans.next();
            if (!span.start().isBefore(b)) {
                break;
            }
            Instant start = span.start().isAfter(a) ? span.start() : a;
            Instant end = span.end().isBefore(b) ? span.end() : b;
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }
}
