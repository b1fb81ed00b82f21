package io.switchboard.host.teams;

import io.switchboard.host.problem.Problem;
import io.switchboard.host.store.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Teams and their members. */
public final class TeamStore {

    private final Jdbi jdbi;
    private final Clock clock;

    public TeamStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public List<Team> list() {
        return jdbi.withHandle(h -> {
            Map<Long, String> names = new LinkedHashMap<>();
            h.createQuery("SELECT id, name FROM teams ORDER BY name").map((rs, ctx) -> Map.entry(rs.getLong(1),
                    rs.getString(2))).forEach(e -> names.put(e.getKey(), e.getValue()));
            Map<Long, List<Team.Member>> members = new LinkedHashMap<>();
            h.createQuery("SELECT tm.team_id, u.id, u.name, u.availability FROM team_members tm JOIN users u"
                            + " ON u.id = tm.user_id ORDER BY u.name, u.id")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), new Team.Member(rs.getLong(2), rs.getString(3),
                            rs.getString(4))))
                    .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            List<Team> teams = new ArrayList<>();
            names.forEach((id, name) -> teams.add(new Team(id, name, members.getOrDefault(id, List.of()))));
            return teams;
        });
    }

    public Optional<Team> find(long id) {
        return list().stream().filter(t -> t.id() == id).findFirst();
    }

    public boolean exists(Handle h, long id) {
        return h.createQuery("SELECT COUNT(*) FROM teams WHERE id = :id").bind("id", id).mapTo(Long.class).one() > 0;
    }

    public Team create(String name) {
        String checked = requireName(name);
        long id = uniqueName(checked, () -> jdbi.withHandle(h -> h.createUpdate("INSERT INTO teams (name, created_at)"
                        + " VALUES (:name, :now)").bind("name", checked).bind("now", clock.instant())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
        return find(id).orElseThrow();
    }

    public Team rename(long id, String name) {
        String checked = requireName(name);
        int updated = uniqueName(checked, () -> jdbi.withHandle(h -> h.createUpdate("UPDATE teams SET name = :name"
                + " WHERE id = :id").bind("name", checked).bind("id", id).execute()));
        if (updated == 0) {
            throw notFound(id);
        }
        return find(id).orElseThrow();
    }

    /** Deletes a team; its conversations stay, without a team. */
    public void delete(long id) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE conversations SET team_id = NULL WHERE team_id = :id").bind("id", id).execute();
            if (h.createUpdate("DELETE FROM teams WHERE id = :id").bind("id", id).execute() == 0) {
                throw notFound(id);
            }
        });
    }

    /** Replaces the members; every id must be an active user. */
    public Team setMembers(long id, List<Long> userIds) {
        Set<Long> unique = new LinkedHashSet<>(userIds == null ? List.of() : userIds);
        jdbi.useTransaction(h -> {
            if (!exists(h, id)) {
                throw notFound(id);
            }
            for (Long userId : unique) {
                if (userId == null || h.createQuery("SELECT COUNT(*) FROM users WHERE id = :id AND active = TRUE")
                        .bind("id", userId).mapTo(Long.class).one() == 0) {
                    throw Problem.badRequest("userIds: " + userId + " is not an active user");
                }
            }
            h.createUpdate("DELETE FROM team_members WHERE team_id = :id").bind("id", id).execute();
            for (Long userId : unique) {
                h.createUpdate("INSERT INTO team_members (team_id, user_id) VALUES (:team, :user)")
                        .bind("team", id).bind("user", userId).execute();
            }
        });
        return find(id).orElseThrow();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw Problem.badRequest("name is required (1 to 200 characters)");
        }
        return name.strip();
    }

    private static <T> T uniqueName(String name, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (Transactions.isUniqueViolation(e)) {
                throw Problem.conflict("a team named '" + name + "' exists already");
            }
            throw e;
        }
    }

    private static Problem notFound(long id) {
        return Problem.notFound("no team with id " + id);
    }
}
