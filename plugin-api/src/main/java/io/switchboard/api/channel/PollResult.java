package io.switchboard.api.channel;

import io.switchboard.api.channel.event.InboundEvent;
import java.util.List;

/**
 * One batch from {@link ChannelInstance#poll(String)}. The host stores the events and the
 * cursor in one transaction, so a poll interrupted halfway resumes from the last committed
 * cursor and never imports twice.
 *
 * @param events the events, oldest first
 * @param cursor the position after this batch, opaque to the host, or {@code null} to keep
 *     the previous cursor
 * @param more whether another batch is ready now (the host polls again at once)
 * @since 1.0
 */
public record PollResult(List<InboundEvent> events, String cursor, boolean more) {

    /**
     * Copies the list.
     *
     * @since 1.0
     */
    public PollResult {
        events = List.copyOf(events);
    }
}
