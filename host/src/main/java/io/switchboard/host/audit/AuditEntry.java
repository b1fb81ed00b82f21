package io.switchboard.host.audit;

import java.time.Instant;

/**
 * One recorded action.
 *
 * @param actorId the user who acted, or {@code null} for the desk itself
 * @param actor the user's email, or {@code system}
 * @param action what happened, such as {@code plugin.installed}
 * @param target what it happened to (a plugin id, a path), or {@code null}
 * @param details more about it, never a secret, or {@code null}
 */
public record AuditEntry(long id, Instant at, Long actorId, String actor, String action, String target,
                         String details) {
}
