package io.switchboard.host.channels;

import io.switchboard.api.channel.ChannelCapabilities;
import io.switchboard.api.config.ConfigField;
import java.util.List;

/** A channel type an admin can create instances of, with the form to fill in. */
public record ChannelTypeView(String id, String displayName, String pluginId, String addressKind,
                              ChannelCapabilities capabilities, List<ConfigField> configFields) {
}
