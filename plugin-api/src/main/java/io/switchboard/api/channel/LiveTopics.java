package io.switchboard.api.channel;

import io.switchboard.api.HostProvided;

/**
 * Publishes to the event streams opened with {@link WebhookResponse#stream(String)}. Topics
 * are scoped to the channel instance; an event published while nobody listens is dropped, so
 * clients fetch missed messages on reconnect (see {@link ChannelHistory}).
 *
 * @since 1.0
 */
@HostProvided
public interface LiveTopics {

    /**
     * Sends an event to every open stream of a topic, on every host node.
     *
     * @param topic the topic
     * @param event the event name
     * @param data the event data, usually JSON
     * @since 1.0
     */
    void publish(String topic, String event, String data);
}
