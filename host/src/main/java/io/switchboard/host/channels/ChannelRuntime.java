package io.switchboard.host.channels;

import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.api.channel.ChannelType;
import io.switchboard.host.conversations.InboundChannel;

/** An open channel instance with what the host needs to route to it. */
public record ChannelRuntime(long instanceId, String key, ChannelType type, String pluginId,
                             ChannelInstance instance) {

    public InboundChannel inbound() {
        return new InboundChannel(instanceId, type.id(), type.capabilities().threading());
    }
}
