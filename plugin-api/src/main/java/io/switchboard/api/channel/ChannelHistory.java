package io.switchboard.api.channel;

import io.switchboard.api.HostProvided;
import java.util.List;

/**
 * Read access to the public messages this channel instance exchanged with one address; lets
 * a customer-facing client (web chat) show the conversation after a reload.
 *
 * @since 1.0
 */
@HostProvided
public interface ChannelHistory {

    /**
     * The latest public messages with an address on this channel instance, oldest first.
     *
     * @param address the customer's address
     * @param limit the most entries to return
     * @return the entries
     * @since 1.0
     */
    List<HistoryEntry> recent(Address address, int limit);
}
