package io.switchboard.api.channel;

import io.switchboard.api.HostProvided;
import java.util.Optional;

/**
 * A small durable key-value store private to one channel instance (opt-out lists, call
 * legs arriving in any order, provider cursors). Every write is committed before it returns.
 *
 * @since 1.0
 */
@HostProvided
public interface ChannelState {

    /**
     * Reads a value.
     *
     * @param key the key, at most 200 characters
     * @return the value, if set
     * @since 1.0
     */
    Optional<String> get(String key);

    /**
     * Writes a value.
     *
     * @param key the key, at most 200 characters
     * @param value the value
     * @since 1.0
     */
    void put(String key, String value);

    /**
     * Removes a value.
     *
     * @param key the key
     * @since 1.0
     */
    void remove(String key);
}
