package io.switchboard.host.sla;

import io.switchboard.host.hours.BusinessCalendar;
import io.switchboard.host.hours.CalendarStore;
import io.switchboard.host.hours.StoredCalendar;
import io.switchboard.host.live.LiveHub;
import io.switchboard.host.store.Rows;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every conversation's SLA state current. Each sweep reads the event log from where the
 * last one stopped (opening, first agent reply, resolve, reopen), looks for priority changes,
 * and flags the targets whose due time has come on the desk's clock; a new breach is announced
 * live as {@code sla.breached}. Sweeps run every second, so a breach shows at most a second
 * after its due time; tests call {@link #sweep()} themselves.
 */
public final class SlaTracker implements AutoCloseable {

    /** The live event for a newly flagged breach. */
    public static final String BREACHED = "sla.breached";
    private static final Logger LOG = LoggerFactory.getLogger(SlaTracker.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final SlaPolicyStore policies;
    private final CalendarStore calendars;
    private final LiveHub live;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sla-tracker");
        thread.setDaemon(true);
        return thread;
    });

    public SlaTracker(Jdbi jdbi, Clock clock, SlaPolicyStore policies, CalendarStore calendars, LiveHub live) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.policies = policies;
        this.calendars = calendars;
        this.live = live;
    }

    public void start() {
        timer.scheduleWithFixedDelay(() -> {
            try {
                sweep();
            } catch (RuntimeException e) {
                LOG.warn("SLA sweep failed; trying again in a second", e);
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    /** One pass; returns the conversations whose SLA was newly breached. */
    public synchronized List<Long> sweep() {
        Instant now = clock.instant();
        long cursor = jdbi.withHandle(h -> h.createQuery("SELECT last_seq FROM sla_progress WHERE id = 1")
                .mapTo(Long.class).one());
        long newest = jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM conversation_events")
                .mapTo(Long.class).one());
        TreeSet<Long> dirty = new TreeSet<>();
        dirty.addAll(jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT conversation_id"
                + " FROM conversation_events WHERE seq > :cursor AND seq <= :newest").bind("cursor", cursor)
                .bind("newest", newest).mapTo(Long.class).list()));
        dirty.addAll(jdbi.withHandle(h -> h.createQuery("SELECT s.conversation_id FROM conversation_sla s"
                + " JOIN conversations c ON c.id = s.conversation_id WHERE s.priority <> c.priority")
                .mapTo(Long.class).list()));
        dirty.addAll(jdbi.withHandle(h -> h.createQuery("SELECT conversation_id FROM conversation_sla WHERE"
                + " (first_response_at IS NULL AND first_response_breached_at IS NULL AND first_response_due <= :now)"
                + " OR (resolved_at IS NULL AND resolution_breached_at IS NULL AND resolution_due <= :now)")
                .bind("now", now).mapTo(Long.class).list()));
        List<Long> breached = dirty.stream().filter(id -> recompute(id, now)).toList();
        jdbi.useHandle(h -> h.createUpdate("UPDATE sla_progress SET last_seq = :seq WHERE id = 1 AND last_seq < :seq")
                .bind("seq", newest).execute());
        breached.forEach(id -> live.publishToAgents(BREACHED, Map.of("conversationId", id)));
        return breached;
    }

    /** Recomputes one conversation now; true when that flagged a new breach. */
    boolean recompute(long conversationId, Instant now) {
        return jdbi.inTransaction(h -> {
            SlaFacts facts = SlaFacts.read(h, conversationId);
            Optional<SlaPolicy> policy = SlaPolicyStore.match(policies.list(h), facts.priority(), facts.channelType());
            SlaState state = SlaClock.compute(facts, policy.orElse(null), calendarOf(h, facts), now);
            Optional<SlaState> before = find(h, conversationId);
            save(h, state, now);
            return state.breachedSince(before.orElse(null));
        });
    }

    BusinessCalendar calendarOf(Handle h, SlaFacts facts) {
        return calendars.forChannel(h, facts.instanceKey(), facts.channelType()).map(StoredCalendar::calendar)
                .filter(BusinessCalendar::opensEver).orElse(BusinessCalendar.ALWAYS_OPEN);
    }

    static Optional<SlaState> find(Handle h, long conversationId) {
        return h.createQuery("SELECT * FROM conversation_sla WHERE conversation_id = :id").bind("id", conversationId)
                .map((rs, ctx) -> new SlaState(rs.getLong("conversation_id"), Rows.nullableLong(rs, "policy_id"),
                        rs.getString("channel_type"), rs.getString("priority"), Rows.instant(rs, "first_response_due"),
                        Rows.instant(rs, "first_response_at"), Rows.instant(rs, "first_response_breached_at"),
                        Rows.instant(rs, "resolution_due"), Rows.instant(rs, "resolved_at"),
                        Rows.instant(rs, "resolution_breached_at"), rs.getLong("last_event_seq")))
                .findOne();
    }

    private static void save(Handle h, SlaState s, Instant now) {
        h.createUpdate("DELETE FROM conversation_sla WHERE conversation_id = :id").bind("id", s.conversationId())
                .execute();
        h.createUpdate("INSERT INTO conversation_sla (conversation_id, policy_id, channel_type, priority,"
                        + " first_response_due, first_response_at, first_response_breached_at, resolution_due,"
                        + " resolved_at, resolution_breached_at, last_event_seq, computed_at) VALUES (:id, :policy,"
                        + " :channel, :priority, :firstDue, :firstAt, :firstBreach, :resolutionDue, :resolvedAt,"
                        + " :resolutionBreach, :seq, :now)")
                .bind("id", s.conversationId()).bind("policy", s.policyId()).bind("channel", s.channelType())
                .bind("priority", s.priority()).bind("firstDue", s.firstResponseDue())
                .bind("firstAt", s.firstResponseAt()).bind("firstBreach", s.firstResponseBreachedAt())
                .bind("resolutionDue", s.resolutionDue()).bind("resolvedAt", s.resolvedAt())
                .bind("resolutionBreach", s.resolutionBreachedAt()).bind("seq", s.lastSeq()).bind("now", now)
                .execute();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
