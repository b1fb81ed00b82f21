package io.switchboard.host.hours;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * What the desk tells customers about when they will hear back. While open it promises the
 * configured reply time, but never less than the measured median first response: a desk
 * that answers in 40 minutes does not say "within 5 minutes", and nothing ever says "instantly".
 * While closed it names the next opening in the channel's time zone.
 *
 * @param open whether the channel is inside business hours now
 * @param nextOpeningAt when it opens next (now when open), null when it never opens
 * @param expectedResponseMinutes the promised reply time, null when there is nothing to promise
 * @param medianFirstResponseMinutes the measured median over the last seven days, null without data
 * @param text the sentence to show
 */
public record ExpectedResponse(String channel, boolean open, Instant nextOpeningAt, Long expectedResponseMinutes,
                               Long medianFirstResponseMinutes, String text) {

    private static final DateTimeFormatter SAME_WEEK = DateTimeFormatter.ofPattern("EEEE HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter LATER = DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", Locale.ENGLISH);

    static ExpectedResponse of(String channel, BusinessCalendar calendar, Integer promisedMinutes,
                               Optional<Duration> median, Instant now) {
        Long medianMinutes = median.map(d -> ceilMinutes(d)).orElse(null);
        if (calendar.isOpen(now)) {
            Long promise = medianMinutes;
            if (promisedMinutes != null) {
                promise = medianMinutes == null ? promisedMinutes : Math.max(promisedMinutes, medianMinutes);
            }
            String text = promise == null ? "We're open and will reply as soon as we can."
                    : "We typically reply within " + spoken(promise) + ".";
            return new ExpectedResponse(channel, true, now, promise, medianMinutes, text);
        }
        Optional<Instant> next = calendar.nextOpening(now);
        String text = next.map(at -> "We're closed; we reopen " + when(at, now, calendar) + ".")
                .orElse("We're closed at the moment.");
        return new ExpectedResponse(channel, false, next.orElse(null), null, medianMinutes, text);
    }

    private static long ceilMinutes(Duration d) {
        return Math.max(1, (d.toSeconds() + 59) / 60);
    }

    /** "a minute", "25 minutes", "an hour", "3 hours", "2 days" — always rounded up. */
    static String spoken(long minutes) {
        if (minutes <= 1) {
            return "a minute";
        }
        if (minutes < 60) {
            return minutes + " minutes";
        }
        long hours = (minutes + 59) / 60;
        if (hours < 24) {
            return hours == 1 ? "an hour" : hours + " hours";
        }
        long days = (hours + 23) / 24;
        return days == 1 ? "a day" : days + " days";
    }

    private static String when(Instant at, Instant now, BusinessCalendar calendar) {
        ZonedDateTime local = at.atZone(calendar.zone());
        boolean withinAWeek = Duration.between(now, at).compareTo(Duration.ofDays(6)) < 0;
        return (withinAWeek ? SAME_WEEK : LATER).format(local);
    }
}
