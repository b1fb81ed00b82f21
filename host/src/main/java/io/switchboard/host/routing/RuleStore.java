package io.switchboard.host.routing;

import com.google.gson.Gson;
import io.switchboard.host.problem.Problem;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** The ordered list of routing rules. Positions are 1..n with no gaps. */
public final class RuleStore {

    private static final Gson GSON = new Gson();
    private static final RowMapper<RoutingRule> MAPPER = (rs, ctx) -> new RoutingRule(rs.getLong("id"),
            rs.getString("name"), rs.getInt("position"), rs.getBoolean("enabled"),
            GSON.fromJson(rs.getString("conditions_json"), RuleConditions.class),
            GSON.fromJson(rs.getString("actions_json"), RuleActions.class));

    private final Jdbi jdbi;
    private final Clock clock;

    public RuleStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public List<RoutingRule> list() {
        return jdbi.withHandle(this::list);
    }

    List<RoutingRule> list(Handle h) {
        return h.createQuery("SELECT * FROM routing_rules ORDER BY position, id").map(MAPPER).list();
    }

    /** Adds a rule at the end of the list. */
    public RoutingRule create(String name, boolean enabled, RuleConditions when, RuleActions then) {
        long id = jdbi.inTransaction(h -> {
            RuleValidation.check(h, name, when, then);
            int position = h.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM routing_rules")
                    .mapTo(Integer.class).one();
            return h.createUpdate("INSERT INTO routing_rules (name, position, enabled, conditions_json, actions_json,"
                            + " created_at, updated_at) VALUES (:name, :position, :enabled, :when, :then, :now, :now)")
                    .bind("name", name.strip()).bind("position", position).bind("enabled", enabled)
                    .bind("when", GSON.toJson(when)).bind("then", GSON.toJson(then)).bind("now", clock.instant())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
        return find(id);
    }

    public RoutingRule update(long id, String name, boolean enabled, RuleConditions when, RuleActions then) {
        jdbi.useTransaction(h -> {
            RuleValidation.check(h, name, when, then);
            int updated = h.createUpdate("UPDATE routing_rules SET name = :name, enabled = :enabled,"
                            + " conditions_json = :when, actions_json = :then, updated_at = :now WHERE id = :id")
                    .bind("name", name.strip()).bind("enabled", enabled).bind("when", GSON.toJson(when))
                    .bind("then", GSON.toJson(then)).bind("now", clock.instant()).bind("id", id).execute();
            if (updated == 0) {
                throw notFound(id);
            }
        });
        return find(id);
    }

    public RoutingRule setEnabled(long id, boolean enabled) {
        if (jdbi.withHandle(h -> h.createUpdate("UPDATE routing_rules SET enabled = :enabled, updated_at = :now"
                + " WHERE id = :id").bind("enabled", enabled).bind("now", clock.instant()).bind("id", id)
                .execute()) == 0) {
            throw notFound(id);
        }
        return find(id);
    }

    public void delete(long id) {
        jdbi.useTransaction(h -> {
            if (h.createUpdate("DELETE FROM routing_rules WHERE id = :id").bind("id", id).execute() == 0) {
                throw notFound(id);
            }
            renumber(h, list(h).stream().map(RoutingRule::id).toList());
        });
    }

    /** Puts the rules in this order; the list must name every rule exactly once. */
    public List<RoutingRule> reorder(List<Long> ids) {
        return jdbi.inTransaction(h -> {
            Set<Long> existing = new HashSet<>(list(h).stream().map(RoutingRule::id).toList());
            if (ids == null || ids.size() != existing.size() || !existing.equals(new HashSet<>(ids))) {
                throw Problem.badRequest("ruleIds must list every rule exactly once (" + existing.size()
                        + " rules: " + existing.stream().sorted().toList() + ")");
            }
            renumber(h, ids);
            return list(h);
        });
    }

    private static void renumber(Handle h, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            h.createUpdate("UPDATE routing_rules SET position = :position WHERE id = :id").bind("position", i + 1)
                    .bind("id", ids.get(i)).execute();
        }
    }

    private RoutingRule find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM routing_rules WHERE id = :id").bind("id", id)
                .map(MAPPER).findOne()).orElseThrow(() -> notFound(id));
    }

    private static Problem notFound(long id) {
        return Problem.notFound("no routing rule with id " + id);
    }
}
