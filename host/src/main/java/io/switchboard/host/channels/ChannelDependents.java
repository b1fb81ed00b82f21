package io.switchboard.host.channels;

import io.switchboard.host.plugins.PluginDependents;
import java.util.List;

/** A plugin's channel instances: listed before it is removed, then disabled or deleted as the admin chose. */
public final class ChannelDependents implements PluginDependents {

    private final ChannelInstanceStore store;
    private final ChannelAdmin admin;

    public ChannelDependents(ChannelInstanceStore store, ChannelAdmin admin) {
        this.store = store;
        this.admin = admin;
    }

    @Override
    public List<String> of(String pluginId, List<String> contributedTypes) {
        return instances(contributedTypes).stream().map(r -> "channel '" + r.key() + "'").toList();
    }

    @Override
    public void release(String pluginId, List<String> contributedTypes, Choice choice) {
        for (ChannelInstanceRecord record : instances(contributedTypes)) {
            if (choice == Choice.DELETE) {
                admin.delete(record.id());
            } else if (record.enabled()) {
                admin.update(record.id(), null, null, false);
            }
        }
    }

    private List<ChannelInstanceRecord> instances(List<String> types) {
        return store.list().stream().filter(r -> types.contains(r.channelType())).toList();
    }
}
