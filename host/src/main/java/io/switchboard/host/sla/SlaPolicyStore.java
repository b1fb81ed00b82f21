package io.switchboard.host.sla;

import io.switchboard.host.problem.Problem;
import io.switchboard.host.store.Transactions;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** SLA policies. */
public final class SlaPolicyStore {

    private static final Set<String> PRIORITIES = Set.of("low", "normal", "high", "urgent");
    private static final RowMapper<SlaPolicy> MAPPER = (rs, ctx) -> new SlaPolicy(rs.getLong("id"),
            rs.getString("name"), rs.getString("priority"), rs.getString("channel_type"),
            (Integer) rs.getObject("first_response_minutes"), (Integer) rs.getObject("resolution_minutes"),
            rs.getBoolean("enabled"));

    private final Jdbi jdbi;
    private final Clock clock;

    public SlaPolicyStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public List<SlaPolicy> list() {
        return jdbi.withHandle(this::list);
    }

    List<SlaPolicy> list(Handle h) {
        return h.createQuery("SELECT * FROM sla_policies ORDER BY name").map(MAPPER).list();
    }

    /** The most specific enabled policy for a conversation's priority and channel type. */
    static Optional<SlaPolicy> match(List<SlaPolicy> policies, String priority, String channelType) {
        return policies.stream().filter(p -> p.appliesTo(priority, channelType))
                .max(Comparator.comparingInt(SlaPolicy::specificity).thenComparing(SlaPolicy::id,
                        Comparator.reverseOrder()));
    }

    public SlaPolicy create(SlaPolicy policy) {
        check(policy);
        long id = write(policy, () -> jdbi.withHandle(h -> h.createUpdate("INSERT INTO sla_policies (name, priority,"
                        + " channel_type, first_response_minutes, resolution_minutes, enabled, created_at) VALUES"
                        + " (:name, :priority, :channel, :first, :resolution, :enabled, :now)")
                .bind("name", policy.name().strip()).bind("priority", policy.priority())
                .bind("channel", policy.channelType()).bind("first", policy.firstResponseMinutes())
                .bind("resolution", policy.resolutionMinutes()).bind("enabled", policy.enabled())
                .bind("now", clock.instant()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
        return find(id);
    }

    public SlaPolicy update(long id, SlaPolicy policy) {
        check(policy);
        int updated = write(policy, () -> jdbi.withHandle(h -> h.createUpdate("UPDATE sla_policies SET name = :name,"
                        + " priority = :priority, channel_type = :channel, first_response_minutes = :first,"
                        + " resolution_minutes = :resolution, enabled = :enabled WHERE id = :id")
                .bind("name", policy.name().strip()).bind("priority", policy.priority())
                .bind("channel", policy.channelType()).bind("first", policy.firstResponseMinutes())
                .bind("resolution", policy.resolutionMinutes()).bind("enabled", policy.enabled()).bind("id", id)
                .execute()));
        if (updated == 0) {
            throw notFound(id);
        }
        return find(id);
    }

    public void delete(long id) {
        if (jdbi.withHandle(h -> h.createUpdate("DELETE FROM sla_policies WHERE id = :id").bind("id", id)
                .execute()) == 0) {
            throw notFound(id);
        }
    }

    private SlaPolicy find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sla_policies WHERE id = :id").bind("id", id)
                .map(MAPPER).findOne()).orElseThrow(() -> notFound(id));
    }

    private static void check(SlaPolicy p) {
        if (p.name() == null || p.name().isBlank() || p.name().strip().length() > 200) {
            throw Problem.badRequest("name is required (1 to 200 characters)");
        }
        if (p.priority() != null && !PRIORITIES.contains(p.priority())) {
            throw Problem.badRequest("priority must be low, normal, high or urgent (or absent for any), not '"
                    + p.priority() + "'");
        }
        if (p.firstResponseMinutes() == null && p.resolutionMinutes() == null) {
            throw Problem.badRequest("give firstResponseMinutes, resolutionMinutes or both");
        }
        for (Integer minutes : new Integer[] {p.firstResponseMinutes(), p.resolutionMinutes()}) {
            if (minutes != null && (minutes < 1 || minutes > 525_600)) {
                throw Problem.badRequest("targets are business minutes between 1 and 525600 (a year)");
            }
        }
    }

    private static <T> T write(SlaPolicy policy, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (Transactions.isUniqueViolation(e)) {
                throw Problem.conflict("an SLA policy named '" + policy.name().strip() + "' exists already");
            }
            throw e;
        }
    }

    private static Problem notFound(long id) {
        return Problem.notFound("no SLA policy with id " + id);
    }
}
