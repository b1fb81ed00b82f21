package io.switchboard.host.conversations;

import io.switchboard.api.channel.ChannelConnector;
import io.switchboard.api.channel.ChannelInstance;
import java.util.Optional;

/** Reaches the plugin behind a conversation's channel instance, while it runs. */
public interface ChannelAccess {

    /** The open instance, or empty when the channel is disabled, deleted or its plugin not started. */
    Optional<ChannelInstance> instance(long instanceId);

    /** The connector of the instance's channel type, or empty when its plugin is not started. */
    Optional<ChannelConnector> connector(long instanceId);
}
