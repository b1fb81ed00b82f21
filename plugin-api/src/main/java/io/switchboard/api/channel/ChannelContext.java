package io.switchboard.api.channel;

import io.switchboard.api.HostProvided;
import io.switchboard.api.config.ConfigValues;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;

/**
 * What the host hands a channel instance: its configuration and the host services it may
 * use. Plugins get no database, no shared JSON or SQL objects, nothing host-internal.
 *
 * @since 1.0
 */
@HostProvided
public interface ChannelContext {

    /**
     * The instance's key, the last segment of its webhook URL.
     *
     * @return the key
     * @since 1.0
     */
    String instanceKey();

    /**
     * The instance's configuration, secrets included; never log it field by field.
     *
     * @return the values
     * @since 1.0
     */
    ConfigValues config();

    /**
     * The public URL providers call for this instance ({@code {public base}/webhooks/{key}}).
     *
     * @return the URL
     * @since 1.0
     */
    URI webhookUrl();

    /**
     * A random key kept by the host for this instance, stable across restarts, for signing
     * tokens the plugin hands out (web chat visitor tokens).
     *
     * @return at least 32 bytes, base64 encoded
     * @since 1.0
     */
    String signingKey();

    /**
     * The clock to use for every timestamp; tests control it.
     *
     * @return the clock
     * @since 1.0
     */
    Clock clock();

    /**
     * A logger named after the plugin and instance.
     *
     * @return the logger
     * @since 1.0
     */
    System.Logger logger();

    /**
     * An HTTP client for provider calls (with the host's connect timeout); base URLs come
     * from the configuration, so tests point them at loopback.
     *
     * @return the client
     * @since 1.0
     */
    HttpClient http();

    /**
     * Live event streams to customer-facing clients.
     *
     * @return the topics
     * @since 1.0
     */
    LiveTopics live();

    /**
     * Durable key-value state of this instance.
     *
     * @return the state
     * @since 1.0
     */
    ChannelState state();

    /**
     * Read access to this instance's message history.
     *
     * @return the history
     * @since 1.0
     */
    ChannelHistory history();

    /**
     * The agents who are online now and have a phone, longest online first, as of this call
     * (availability changes at any time, so ask again for every call rather than keeping the
     * list). A voice channel rings them; it falls back to its own configured number when the
     * list is empty. Hosts before 1.1, and test doubles that do not override it, have none.
     *
     * @return an immutable list, possibly empty
     * @since 1.1
     */
    default List<AvailableAgent> availableAgents() {
        return List.of();
    }
}
