package io.switchboard.host.sla;

import io.switchboard.host.hours.BusinessCalendar;
import io.switchboard.host.problem.Problem;
import io.switchboard.host.store.Rows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Read models of SLAs: one conversation's, the breached and at-risk list, and breach counts per period. */
public final class SlaQueries {

    private final Jdbi jdbi;
    private final Clock clock;
    private final SlaTracker tracker;

    public SlaQueries(Jdbi jdbi, Clock clock, SlaTracker tracker) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.tracker = tracker;
    }

    /** Breaches of one period, policy and channel type. */
    public record BreachCount(String period, Long policyId, String policyName, String channelType,
                              long firstResponseBreaches, long resolutionBreaches) {
    }

    public SlaView of(long conversationId) {
        return jdbi.withHandle(h -> {
            if (SlaTracker.find(h, conversationId).isEmpty()) {
                if (h.createQuery("SELECT COUNT(*) FROM conversations WHERE id = :id").bind("id", conversationId)
                        .mapTo(Long.class).one() == 0) {
                    throw Problem.notFound("no conversation with id " + conversationId);
                }
                return null;
            }
            return view(h, SlaTracker.find(h, conversationId).orElseThrow(), clock.instant());
        });
    }

    /** Open conversations whose SLA is breached, or (at risk) has less than {@code margin} left. */
    public List<SlaView> list(String state, Duration margin) {
        if (!"breached".equals(state) && !"at-risk".equals(state)) {
            throw Problem.badRequest("state must be breached or at-risk");
        }
        Instant now = clock.instant();
        return jdbi.withHandle(h -> {
            List<Long> ids = h.createQuery("SELECT s.conversation_id FROM conversation_sla s JOIN conversations c"
                    + " ON c.id = s.conversation_id WHERE c.status <> 'resolved' AND (s.first_response_due IS NOT NULL"
                    + " OR s.resolution_due IS NOT NULL) ORDER BY s.conversation_id").mapTo(Long.class).list();
            List<SlaView> views = new ArrayList<>();
            for (long id : ids) {
                SlaView view = view(h, SlaTracker.find(h, id).orElseThrow(), now);
                boolean breached = breached(view.firstResponse()) || breached(view.resolution());
                if ("breached".equals(state) ? breached : !breached && view.atRisk(margin)) {
                    views.add(view);
                }
            }
            return views;
        });
    }

    /** Breach counts per day or week (UTC) between two instants, per policy and channel type. */
    public List<BreachCount> breaches(Instant from, Instant to, String period) {
        if (!"day".equals(period) && !"week".equals(period)) {
            throw Problem.badRequest("period must be day or week");
        }
        Map<BreachKey, long[]> counts = new TreeMap<>();
        Map<Long, String> names = new TreeMap<>();
        jdbi.useHandle(h -> {
            h.createQuery("SELECT id, name FROM sla_policies").map((rs, ctx) -> Map.entry(rs.getLong(1),
                    rs.getString(2))).forEach(e -> names.put(e.getKey(), e.getValue()));
            for (String column : List.of("first_response_breached_at", "resolution_breached_at")) {
                int slot = column.startsWith("first") ? 0 : 1;
                h.createQuery("SELECT policy_id, channel_type, " + column + " AS at FROM conversation_sla WHERE "
                                + column + " >= :from AND " + column + " < :to")
                        .bind("from", from).bind("to", to)
                        .map((rs, ctx) -> new BreachKey(periodOf(Rows.instant(rs, "at"), period),
                                Rows.nullableLong(rs, "policy_id"), rs.getString("channel_type")))
                        .forEach(key -> counts.computeIfAbsent(key, k -> new long[2])[slot]++);
            }
        });
        List<BreachCount> result = new ArrayList<>();
        counts.forEach((key, n) -> result.add(new BreachCount(key.period(), key.policyId(),
                key.policyId() == null ? null : names.get(key.policyId()), key.channelType(), n[0], n[1])));
        return result;
    }

    /** Groups breaches: period, then policy (none first), then channel type. */
    private record BreachKey(String period, Long policyId, String channelType) implements Comparable<BreachKey> {
        @Override
        public int compareTo(BreachKey o) {
            return java.util.Comparator.comparing(BreachKey::period)
                    .thenComparing(BreachKey::policyId, java.util.Comparator.nullsFirst(java.util.Comparator
                            .naturalOrder()))
                    .thenComparing(BreachKey::channelType).compare(this, o);
        }
    }

    private SlaView view(Handle h, SlaState state, Instant now) {
        String name = state.policyId() == null ? null : h.createQuery("SELECT name FROM sla_policies WHERE id = :id")
                .bind("id", state.policyId()).mapTo(String.class).findOne().orElse(null);
        SlaFacts facts = SlaFacts.read(h, state.conversationId());
        BusinessCalendar calendar = tracker.calendarOf(h, facts);
        return SlaView.of(state, name, calendar, now);
    }

    private static boolean breached(SlaView.Target t) {
        return t != null && "breached".equals(t.state());
    }

    private static String periodOf(Instant at, String period) {
        var date = at.atZone(ZoneOffset.UTC).toLocalDate();
        return "week".equals(period) ? date.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .toString() : date.toString();
    }
}
