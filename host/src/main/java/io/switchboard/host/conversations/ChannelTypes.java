package io.switchboard.host.conversations;

import io.switchboard.api.channel.ChannelType;
import java.util.Optional;

/** Looks up the channel type of an instance, while its plugin is started. */
@FunctionalInterface
public interface ChannelTypes {

    Optional<ChannelType> ofInstance(long instanceId);
}
