package io.switchboard.host.hours;

import io.switchboard.host.problem.Problem;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A calendar as the API reads and writes it: {@code weekly} maps mon..sun to intervals such as
 * {@code [["09:00","17:00"]]}, {@code holidays} lists ISO dates, {@code timeZone} is a zone id.
 * {@code expectedResponseMinutes} is the reply time the desk promises while open.
 */
public record CalendarSpec(String name, String timeZone, Map<String, List<List<String>>> weekly,
                           List<String> holidays, Integer expectedResponseMinutes) {

    private static final Map<String, DayOfWeek> DAYS = days();

    /** Checks every field and builds the calendar; a 400 problem names the first fault. */
    public BusinessCalendar toCalendar() {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null ? "" : timeZone.strip());
        } catch (DateTimeException e) {
            throw Problem.badRequest("timeZone '" + timeZone + "' is not a time zone such as Europe/Berlin");
        }
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        (weekly == null ? Map.<String, List<List<String>>>of() : weekly).forEach((key, intervals) -> {
            DayOfWeek day = DAYS.get(key.toLowerCase(Locale.ROOT));
            if (day == null) {
                throw Problem.badRequest("weekly: '" + key + "' is not a day; use mon, tue, wed, thu, fri, sat, sun");
            }
            week.put(day, intervals(key, intervals));
        });
        Set<LocalDate> dates = new HashSet<>();
        for (String holiday : holidays == null ? List.<String>of() : holidays) {
            try {
                dates.add(LocalDate.parse(holiday));
            } catch (DateTimeParseException | NullPointerException e) {
                throw Problem.badRequest("holidays: '" + holiday + "' is not a date such as 2026-12-25");
            }
        }
        if (expectedResponseMinutes != null && expectedResponseMinutes < 1) {
            throw Problem.badRequest("expectedResponseMinutes must be at least 1");
        }
        return new BusinessCalendar(zone, week, dates);
    }

    /** The spec of a calendar, for answers. */
    public static CalendarSpec of(String name, BusinessCalendar calendar, Integer expectedResponseMinutes) {
        Map<String, List<List<String>>> weekly = new LinkedHashMap<>();
        DAYS.forEach((key, day) -> {
            List<DailyInterval> intervals = calendar.weekly().getOrDefault(day, List.of());
            if (!intervals.isEmpty()) {
                weekly.put(key, intervals.stream().map(i -> List.of(i.from(), i.to())).toList());
            }
        });
        List<String> holidays = calendar.holidays().stream().sorted().map(LocalDate::toString).toList();
        return new CalendarSpec(name, calendar.zone().getId(), weekly, holidays, expectedResponseMinutes);
    }

    private static List<DailyInterval> intervals(String day, List<List<String>> raw) {
        List<DailyInterval> intervals = new ArrayList<>();
        for (List<String> pair : raw == null ? List.<List<String>>of() : raw) {
            if (pair == null || pair.size() != 2) {
                throw Problem.badRequest("weekly." + day + ": each interval is a pair such as [\"09:00\",\"17:00\"]");
            }
            try {
                intervals.add(DailyInterval.parse(pair.get(0), pair.get(1)));
            } catch (IllegalArgumentException e) {
                throw Problem.badRequest("weekly." + day + ": " + e.getMessage());
            }
        }
        return intervals;
    }

    private static Map<String, DayOfWeek> days() {
        Map<String, DayOfWeek> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day.name().substring(0, 3).toLowerCase(Locale.ROOT), day);
        }
        return Map.copyOf(days).entrySet().stream().sorted(Map.Entry.comparingByValue())
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll);
    }
}
