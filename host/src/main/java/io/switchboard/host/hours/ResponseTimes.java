package io.switchboard.host.hours;

import io.switchboard.host.store.Rows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The measured first-response time of a channel: the median, over conversations whose first
 * customer message came in the last seven days, from that message to the first agent reply.
 * Conversations not answered yet are left out.
 */
public final class ResponseTimes {

    static final Duration WINDOW = Duration.ofDays(7);

    private final Jdbi jdbi;
    private final Clock clock;

    public ResponseTimes(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Optional<Duration> medianFirstResponse(long instanceId) {
        Instant since = clock.instant().minus(WINDOW);
        List<Duration> waits = jdbi.withHandle(h -> h.createQuery("SELECT"
                        + " (SELECT MIN(e.at) FROM conversation_events e WHERE e.conversation_id = c.id"
                        + "  AND e.type = 'CUSTOMER_MESSAGE') AS asked,"
                        + " (SELECT MIN(e.at) FROM conversation_events e WHERE e.conversation_id = c.id"
                        + "  AND e.type = 'AGENT_REPLY') AS replied"
                        + " FROM conversations c WHERE c.channel_instance_id = :instance AND c.created_at >= :since")
                .bind("instance", instanceId).bind("since", since)
                .map((rs, ctx) -> {
                    Instant asked = Rows.instant(rs, "asked");
                    Instant replied = Rows.instant(rs, "replied");
                    return asked == null || replied == null || asked.isBefore(since) || replied.isBefore(asked) ? null
                            : Duration.between(asked, replied);
                }).list()).stream().filter(Objects::nonNull).sorted().toList();
        return median(waits);
    }

    static Optional<Duration> median(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int middle = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
    }
}
