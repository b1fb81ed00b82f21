package io.switchboard.plugins.voice;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the desk takes calls, as a weekly schedule in the channel's time zone. The syntax is a
 * list of day ranges with opening hours, separated by commas or semicolons:
 * {@code Mon-Fri 09:00-17:00, Sat 10:00-14:00}. A day may appear in several entries (a lunch
 * break: {@code Mon-Fri 09:00-12:00, Mon-Fri 13:00-17:00}); {@code 24:00} closes at midnight.
 * An empty schedule means always open.
 */
final class BusinessHours {

    private static final Pattern ENTRY = Pattern.compile(
            "([A-Za-z]{3})(?:\\s*-\\s*([A-Za-z]{3}))?\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");
    private static final Map<String, DayOfWeek> DAYS = Map.of("MON", DayOfWeek.MONDAY, "TUE", DayOfWeek.TUESDAY,
            "WED", DayOfWeek.WEDNESDAY, "THU", DayOfWeek.THURSDAY, "FRI", DayOfWeek.FRIDAY, "SAT",
            DayOfWeek.SATURDAY, "SUN", DayOfWeek.SUNDAY);

    /** Opening hours on some days: from {@code open} (inclusive) to {@code close} (exclusive, null = midnight). */
    private record Window(Set<DayOfWeek> days, LocalTime open, LocalTime close) {
        boolean contains(DayOfWeek day, LocalTime time) {
            return days.contains(day) && !time.isBefore(open) && (close == null || time.isBefore(close));
        }
    }

    private final List<Window> windows;
    private final ZoneId zone;

    private BusinessHours(List<Window> windows, ZoneId zone) {
        this.windows = List.copyOf(windows);
        this.zone = zone;
    }

    /**
     * Reads a schedule.
     *
     * @param schedule the schedule text; blank for always open
     * @param zone the time zone its hours are in
     * @return the schedule
     * @throws IllegalArgumentException naming the entry that cannot be read
     */
    static BusinessHours parse(String schedule, ZoneId zone) {
        List<Window> windows = new ArrayList<>();
        String text = schedule == null ? "" : schedule.strip();
        if (!text.isEmpty()) {
            for (String entry : text.split("[,;]")) {
                windows.add(window(entry.strip()));
            }
        }
        return new BusinessHours(windows, zone);
    }

    /**
     * Whether the desk is open at an instant.
     *
     * @param at the instant
     * @return whether a window covers it, or true for an empty schedule
     */
    boolean isOpen(Instant at) {
        if (windows.isEmpty()) {
            return true;
        }
        ZonedDateTime local = at.atZone(zone);
        return windows.stream().anyMatch(w -> w.contains(local.getDayOfWeek(), local.toLocalTime()));
    }

    private static Window window(String entry) {
        Matcher m = ENTRY.matcher(entry);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + entry + "' is not like 'Mon-Fri 09:00-17:00'");
        }
        DayOfWeek first = day(m.group(1), entry);
        DayOfWeek last = m.group(2) == null ? first : day(m.group(2), entry);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d = first; ; d = d.plus(1)) {
            days.add(d);
            if (d == last) {
                break;
            }
        }
        LocalTime open = time(m.group(3), entry);
        LocalTime close = "24:00".equals(m.group(4)) ? null : time(m.group(4), entry);
        if (close != null && !close.isAfter(open)) {
            throw new IllegalArgumentException("'" + entry + "' closes before it opens; split hours past midnight"
                    + " into two entries, such as 'Fri 22:00-24:00, Sat 00:00-02:00'");
        }
        return new Window(days, open, close);
    }

    private static DayOfWeek day(String name, String entry) {
        DayOfWeek day = DAYS.get(name.toUpperCase(Locale.ROOT));
        if (day == null) {
            throw new IllegalArgumentException("'" + name + "' in '" + entry + "' is not a day; use Mon, Tue, Wed,"
                    + " Thu, Fri, Sat or Sun");
        }
        return day;
    }

    private static LocalTime time(String value, String entry) {
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' in '" + entry + "' is not a time of day (HH:MM)");
        }
    }
}
