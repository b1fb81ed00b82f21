package io.switchboard.host.delivery;

import io.switchboard.api.channel.OutboundMessage;

/** A claimed outbox row ready to hand to its channel. */
record Delivery(long messageId, long conversationId, long instanceId, int attempts, OutboundMessage message) {
}
