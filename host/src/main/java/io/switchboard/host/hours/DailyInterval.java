package io.switchboard.host.hours;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * One opening interval of a weekday in wall-clock time: from {@code startMinute} after midnight,
 * lasting {@code minutes}. An interval whose end is not after its start ("22:00"-"06:00") runs
 * overnight into the next day; "24:00" is the end of the day.
 *
 * @param startMinute minutes after midnight, 0 to 1439
 * @param minutes length, 1 to 1440
 */
public record DailyInterval(int startMinute, int minutes) {

    public DailyInterval {
        if (startMinute < 0 || startMinute >= 1440) {
            throw new IllegalArgumentException("an interval starts between 00:00 and 23:59");
        }
        if (minutes < 1 || minutes > 1440) {
            throw new IllegalArgumentException("an interval lasts between one minute and 24 hours");
        }
    }

    /** Parses "HH:MM" to "HH:MM"; equal ends are refused as ambiguous (use 00:00 to 24:00 for a whole day). */
    public static DailyInterval parse(String from, String to) {
        int start = minuteOfDay(from, false);
        int end = minuteOfDay(to, true);
        if (end == start) {
            throw new IllegalArgumentException("the interval " + from + "-" + to + " is empty; for a whole day write"
                    + " 00:00-24:00");
        }
        return new DailyInterval(start, end > start ? end - start : end + 1440 - start);
    }

    /** Whether it runs past midnight. */
    public boolean overnight() {
        return startMinute + minutes > 1440;
    }

    public String from() {
        return format(startMinute);
    }

    public String to() {
        int end = startMinute + minutes;
        return format(end == 1440 ? 1440 : end % 1440);
    }

    private static int minuteOfDay(String text, boolean endOfDayAllowed) {
        if (text == null) {
            throw new IllegalArgumentException("a time is missing; write HH:MM such as 09:00");
        }
        if (endOfDayAllowed && "24:00".equals(text.strip())) {
            return 1440;
        }
        try {
            LocalTime time = LocalTime.parse(text.strip());
            return time.getHour() * 60 + time.getMinute();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time such as 09:00 or 17:30");
        }
    }

    private static String format(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
