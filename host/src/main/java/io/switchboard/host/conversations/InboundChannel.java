package io.switchboard.host.conversations;

import io.switchboard.api.channel.ThreadingMode;

/** The channel instance an inbound batch came through, as ingestion needs it. */
public record InboundChannel(long instanceId, String channelType, ThreadingMode threading) {
}
