package io.switchboard.host.reports;

import io.switchboard.host.problem.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A report's periods in its time zone: hour, day, week (from Monday) or month, the first one
 * starting at {@code from}'s period start, up to {@code to} (exclusive). See MetricReports for
 * which rows serve them.
 */
public record Periods(ZoneId zone, String granularity, long[] starts) {

    static final List<String> GRANULARITIES = List.of("hour", "day", "week", "month");
    private static final int MAX_PERIODS = 20_000;

    public static Periods of(String from, String to, String zone, String granularity) {
        ZoneId id;
        try {
            id = zone == null || zone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            throw Problem.badRequest("unknown time zone: " + zone);
        }
        String g = granularity == null ? "day" : granularity.toLowerCase(Locale.ROOT);
        if (!GRANULARITIES.contains(g)) {
            throw Problem.badRequest("granularity must be one of " + GRANULARITIES);
        }
        ZonedDateTime start = truncate(parse(from, "from", id), g);
        ZonedDateTime end = parse(to, "to", id);
        if (!end.isAfter(start)) {
            throw Problem.badRequest("to must be after from");
        }
        List<Long> starts = new ArrayList<>();
        for (ZonedDateTime t = start; t.isBefore(end); t = step(t, g)) {
            starts.add(t.toEpochSecond());
            if (starts.size() > MAX_PERIODS) {
                throw Problem.badRequest("too many periods; choose a coarser granularity");
            }
        }
        starts.add(step(truncate(end.minusNanos(1), g), g).toEpochSecond());
        return new Periods(id, g, starts.stream().mapToLong(Long::longValue).toArray());
    }

    int count() {
        return starts.length - 1;
    }

    long from() {
        return starts[0];
    }

    long to() {
        return starts[starts.length - 1];
    }

    Instant start(int period) {
        return Instant.ofEpochSecond(starts[period]);
    }

    /** Whether every boundary is on a whole hour (hour rollups can serve the periods). */
    public boolean wholeHours() {
        return Arrays.stream(starts).allMatch(s -> s % 3600 == 0);
    }

    /** The period a bucket starting at {@code bucket} falls in, or -1. */
    int periodOf(long bucket) {
        int i = Arrays.binarySearch(starts, bucket);
        int period = i >= 0 ? i : -i - 2;
        return period >= 0 && period < count() ? period : -1;
    }

    /** A date (start of day), a local date-time, or an instant with an offset, in the zone. */
    static ZonedDateTime parse(String value, String name, ZoneId zone) {
        if (value == null || value.isBlank()) {
            throw Problem.badRequest(name + " is required (a date like 2024-05-01 or a date-time)");
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(zone);
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return ZonedDateTime.parse(value).withZoneSameInstant(zone);
            }
            return LocalDateTime.parse(value).atZone(zone);
        } catch (java.time.format.DateTimeParseException e) {
            throw Problem.badRequest(name + " is not a date or date-time: " + value);
        }
    }

    private static ZonedDateTime truncate(ZonedDateTime t, String g) {
        return switch (g) {
            case "hour" -> t.truncatedTo(ChronoUnit.HOURS);
            case "day" -> t.toLocalDate().atStartOfDay(t.getZone());
            case "week" -> t.toLocalDate().with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                    .atStartOfDay(t.getZone());
            default -> t.toLocalDate().withDayOfMonth(1).atStartOfDay(t.getZone());
        };
    }

    private static ZonedDateTime step(ZonedDateTime t, String g) {
        return switch (g) {
            case "hour" -> t.plusHours(1);
            case "day" -> t.toLocalDate().plusDays(1).atStartOfDay(t.getZone());
            case "week" -> t.toLocalDate().plusWeeks(1).atStartOfDay(t.getZone());
            default -> t.toLocalDate().plusMonths(1).atStartOfDay(t.getZone());
        };
    }
}
