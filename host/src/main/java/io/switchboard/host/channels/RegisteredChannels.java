package io.switchboard.host.channels;

import io.switchboard.api.channel.ChannelConnector;
import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.host.conversations.ChannelAccess;
import io.switchboard.host.plugins.PluginHost;
import java.util.Optional;

/** {@link ChannelAccess} over the registry of open instances and the started plugins. */
public final class RegisteredChannels implements ChannelAccess {

    private final ChannelRegistry registry;
    private final ChannelInstanceStore instances;
    private final PluginHost plugins;

    public RegisteredChannels(ChannelRegistry registry, ChannelInstanceStore instances, PluginHost plugins) {
        this.registry = registry;
        this.instances = instances;
        this.plugins = plugins;
    }

    @Override
    public Optional<ChannelInstance> instance(long instanceId) {
        return registry.byId(instanceId).map(ChannelRuntime::instance);
    }

    @Override
    public Optional<ChannelConnector> connector(long instanceId) {
        return instances.channelTypeOf(instanceId).map(type -> plugins.connectors().get(type))
                .map(PluginHost.RegisteredConnector::connector);
    }
}
