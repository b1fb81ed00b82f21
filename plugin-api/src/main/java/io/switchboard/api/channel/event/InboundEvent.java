package io.switchboard.api.channel.event;

/**
 * Something a channel reports to the host. New kinds may be added in a minor release; the
 * host, not plugins, consumes these.
 *
 * @since 1.0
 */
public sealed interface InboundEvent permits InboundMessage, DeliveryUpdate, CallEvent, ContactUpdate {
}
