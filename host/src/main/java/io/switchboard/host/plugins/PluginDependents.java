package io.switchboard.host.plugins;

import java.util.List;

/**
 * What other features keep for a plugin (channel instances...), so an uninstall can refuse,
 * disable or delete it. Registered by those features; the plugins package knows none of them.
 */
public interface PluginDependents {

    /** What the admin chose to do with a plugin's dependents when removing it. */
    enum Choice { REFUSE, DISABLE, DELETE }

    /** Human-readable names of what depends on the plugin, such as {@code channel 'sms-support'}. */
    List<String> of(String pluginId, List<String> contributedTypes);

    /** Disables or deletes them. */
    void release(String pluginId, List<String> contributedTypes, Choice choice);
}
