package io.switchboard.api.channel;

/**
 * How inbound traffic reaches the host.
 *
 * @since 1.0
 */
public enum IngestMode {
    /** The provider calls the host's webhook URL. @since 1.0 */
    PUSH,
    /** The host calls {@link ChannelInstance#poll(String)} on a schedule. @since 1.0 */
    PULL
}
