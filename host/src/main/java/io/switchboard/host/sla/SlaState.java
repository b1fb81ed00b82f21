package io.switchboard.host.sla;

import java.time.Instant;

/** A conversation's SLA as stored in {@code conversation_sla}; null dues have no target. */
record SlaState(long conversationId, Long policyId, String channelType, String priority, Instant firstResponseDue,
                Instant firstResponseAt, Instant firstResponseBreachedAt, Instant resolutionDue, Instant resolvedAt,
                Instant resolutionBreachedAt, long lastSeq) {

    boolean breachedSince(SlaState before) {
        return firstResponseBreachedAt != null && (before == null || before.firstResponseBreachedAt == null)
                || resolutionBreachedAt != null && (before == null || before.resolutionBreachedAt == null);
    }
}
