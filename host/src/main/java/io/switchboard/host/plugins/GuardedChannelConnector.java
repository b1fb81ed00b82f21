package io.switchboard.host.plugins;

import io.switchboard.api.channel.ChannelConnector;
import io.switchboard.api.channel.ChannelContext;
import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.api.channel.ChannelType;
import io.switchboard.api.config.ConfigProblem;
import io.switchboard.api.config.ConfigSchema;
import io.switchboard.api.config.ConfigValues;
import java.util.List;

/**
 * A plugin's channel connector as the host sees it: its type and schema read once (through
 * the guard) when the plugin starts, every other call through the {@link PluginGuard}, and the
 * instances it opens guarded the same way.
 */
final class GuardedChannelConnector implements ChannelConnector {

    private final String pluginId;
    private final ChannelConnector plugin;
    private final PluginGuard guard;
    private final ChannelType type;
    private final ConfigSchema schema;

    GuardedChannelConnector(String pluginId, ChannelConnector plugin, PluginGuard guard) {
        this.pluginId = pluginId;
        this.plugin = plugin;
        this.guard = guard;
        this.type = guard.call(pluginId, "type", plugin::type);
        this.schema = guard.call(pluginId, "configSchema", plugin::configSchema);
    }

    /** The plugin's own object (identity tells whether a restarted plugin gave a new one). */
    ChannelConnector unwrap() {
        return plugin;
    }

    @Override
    public ChannelType type() {
        return type;
    }

    @Override
    public ConfigSchema configSchema() {
        return schema;
    }

    @Override
    public List<ConfigProblem> validate(ConfigValues config) {
        return guard.call(pluginId, "validate", () -> plugin.validate(config));
    }

    @Override
    public List<String> draftNotes(String text) {
        return guard.call(pluginId, "draftNotes", () -> plugin.draftNotes(text));
    }

    @Override
    public ChannelInstance open(ChannelContext context) {
        ChannelInstance instance = guard.call(pluginId, "open", () -> plugin.open(context));
        return new GuardedChannelInstance(pluginId, instance, guard);
    }
}
