package io.switchboard.host.tags;

import io.switchboard.host.problem.Problem;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** Tag counts per period with spike and drop detection, and the tags seen repeatedly this week. */
public final class TagReports {

    static final int MAX_DAYS = 366;

    private final Jdbi jdbi;
    private final Clock clock;

    public TagReports(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Whole days {@code from..to} (inclusive) in {@code zone}; the previous period is as many days before. */
    public record Period(LocalDate from, LocalDate to, ZoneId zone) {

        public Period {
            if (to.isBefore(from)) {
                throw Problem.badRequest("from (" + from + ") must not be after to (" + to + ")");
            }
            if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
                throw Problem.badRequest("a period is at most " + MAX_DAYS + " days");
            }
        }

        long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }

        Period previous() {
            return new Period(from.minusDays(days()), from.minusDays(1), zone);
        }

        Instant start() {
            return from.atStartOfDay(zone).toInstant();
        }

        Instant end() {
            return to.plusDays(1).atStartOfDay(zone).toInstant();
        }
    }

    /** The report: both periods (ISO dates), the rule's parameters, and every tag seen in either period. */
    public record Report(String from, String to, String zone, String previousFrom, String previousTo,
                         double thresholdPercent, long minCount, List<TagTrend> tags) {
    }

    /** A tag and how many conversations got it. */
    public record TagCount(String tag, long count) {
    }

    /** The tags seen more than once since Monday 00:00 of this week in the zone. */
    public record Repeated(Instant since, String zone, List<TagCount> tags) {
    }

    public Report report(Period period, double thresholdPercent, long minCount) {
        if (thresholdPercent <= 0 || minCount < 1) {
            throw Problem.badRequest("threshold must be above 0 (percent) and minCount at least 1");
        }
        Period previous = period.previous();
        Map<String, Long> now = counts(period.start(), period.end());
        Map<String, Long> before = counts(previous.start(), previous.end());
        TreeSet<String> tags = new TreeSet<>(now.keySet());
        tags.addAll(before.keySet());
        List<TagTrend> trends = tags.stream()
                .map(t -> TagTrend.of(t, now.getOrDefault(t, 0L), before.getOrDefault(t, 0L), thresholdPercent,
                        minCount))
                .sorted(Comparator.comparingLong(TagTrend::count).reversed().thenComparing(TagTrend::tag))
                .toList();
        return new Report(period.from().toString(), period.to().toString(), period.zone().getId(),
                previous.from().toString(), previous.to().toString(),
                thresholdPercent, minCount, trends);
    }

    public Repeated repeatedThisWeek(ZoneId zone) {
        ZonedDateTime monday = clock.instant().atZone(zone).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone);
        Instant since = monday.toInstant();
        List<TagCount> tags = counts(since, clock.instant().plusMillis(1)).entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(e -> new TagCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(TagCount::count).reversed().thenComparing(TagCount::tag))
                .toList();
        return new Repeated(since, zone.getId(), tags);
    }

    /** Every tag in use with how many conversations carry it, most used first (for suggestions). */
    public List<TagCount> inUse() {
        return jdbi.withHandle(h -> h.createQuery("SELECT tag, COUNT(*) AS n FROM conversation_tags GROUP BY tag"
                        + " ORDER BY n DESC, tag LIMIT 500")
                .map((rs, ctx) -> new TagCount(rs.getString("tag"), rs.getLong("n"))).list());
    }

    private Map<String, Long> counts(Instant start, Instant end) {
        return jdbi.withHandle(h -> h.createQuery("SELECT tag, COUNT(*) AS n FROM conversation_tags"
                        + " WHERE added_at >= :start AND added_at < :end GROUP BY tag")
                .bind("start", start).bind("end", end)
                .map((rs, ctx) -> Map.entry(rs.getString("tag"), rs.getLong("n")))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
