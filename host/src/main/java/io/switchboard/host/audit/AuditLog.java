package io.switchboard.host.audit;

import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record of what admins (and the desk itself) did: plugin installs, state changes,
 * automatic stops, and every other admin change. Callers pass no secrets; details are cut to
 * the column's size.
 */
public final class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final int MAX_DETAILS = 4000;

    private final Jdbi jdbi;
    private final Clock clock;

    public AuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void record(Actor actor, String action, String target, String details) {
        String cut = details == null || details.length() <= MAX_DETAILS ? details
                : details.substring(0, MAX_DETAILS - 1) + "…";
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO audit_log (at, actor_id, actor, action, target, details)"
                        + " VALUES (:at, :actorId, :actor, :action, :target, :details)")
                .bind("at", clock.instant()).bind("actorId", actor.userId()).bind("actor", actor.name())
                .bind("action", action).bind("target", target).bind("details", cut).execute());
        LOG.info("Audit: {} {} {}{}", actor.name(), action, target == null ? "" : target,
                cut == null ? "" : " (" + cut + ")");
    }

    /** Newest first; {@code beforeId} pages back, {@code actionPrefix} filters such as {@code plugin.}. */
    public List<AuditEntry> list(Long beforeId, String actionPrefix, int limit) {
        // Conditions are added only when given: PostgreSQL cannot type a bare NULL parameter.
        String sql = "SELECT id, at, actor_id, actor, action, target, details FROM audit_log WHERE 1 = 1"
                + (beforeId == null ? "" : " AND id < :before")
                + (actionPrefix == null ? "" : " AND action LIKE :prefix") + " ORDER BY id DESC LIMIT :limit";
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql).bind("limit", limit);
            if (beforeId != null) {
                query.bind("before", beforeId);
            }
            if (actionPrefix != null) {
                query.bind("prefix", actionPrefix.replace("%", "") + "%");
            }
            return query.map((rs, ctx) -> new AuditEntry(rs.getLong("id"),
                    rs.getObject("at", java.time.OffsetDateTime.class).toInstant(),
                    rs.getObject("actor_id", Long.class), rs.getString("actor"), rs.getString("action"),
                    rs.getString("target"), rs.getString("details"))).list();
        });
    }
}
