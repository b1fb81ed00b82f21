package io.switchboard.host.metrics;

import java.time.Instant;
import java.util.Objects;

/** An observation as stored: attributed to a channel, an agent and a team ({@code null}: none). */
public record StoredObservation(String metricId, long conversationId, String key, double value, Instant at,
                                String channel, String agent, String team) {

    public static final long HOUR = 3600;

    /** Whether a re-evaluation changed nothing a rollup depends on. */
    public boolean sameAs(StoredObservation other) {
        return other != null && value == other.value && at.equals(other.at) && channel.equals(other.channel)
                && Objects.equals(agent, other.agent) && Objects.equals(team, other.team);
    }
}
