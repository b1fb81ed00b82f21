package io.switchboard.host.routing;

import io.switchboard.host.store.Transactions;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Round-robin within a team: the next online member after the one who got the team's last
 * conversation, skipping members at their cap of open conversations. The team row is locked,
 * so two conversations opened at once go to two different members.
 */
final class TeamAssigner {

    Optional<Long> next(Handle h, long teamId, Integer maxOpenPerAgent) {
        Transactions.lockRow(h, "teams", teamId);
        Long last = h.createQuery("SELECT last_assigned_user_id FROM teams WHERE id = :id").bind("id", teamId)
                .mapTo(Long.class).findOne().orElse(null);
        List<Long> eligible = h.createQuery("SELECT u.id FROM team_members tm JOIN users u ON u.id = tm.user_id"
                        + " WHERE tm.team_id = :team AND u.active = TRUE AND u.availability = 'online'"
                        + " AND (SELECT COUNT(*) FROM conversations c WHERE c.assignee_id = u.id"
                        + " AND c.status = 'open') < :cap ORDER BY u.id")
                .bind("team", teamId).bind("cap", maxOpenPerAgent == null ? Integer.MAX_VALUE : maxOpenPerAgent)
                .mapTo(Long.class).list();
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        long chosen = eligible.stream().filter(id -> last != null && id > last).findFirst().orElse(eligible.get(0));
        h.createUpdate("UPDATE teams SET last_assigned_user_id = :user WHERE id = :id").bind("user", chosen)
                .bind("id", teamId).execute();
        return Optional.of(chosen);
    }
}
