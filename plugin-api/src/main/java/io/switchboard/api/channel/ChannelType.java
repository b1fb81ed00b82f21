package io.switchboard.api.channel;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Declares a kind of channel a plugin offers, such as {@code whatsapp} or {@code email}.
 *
 * @param id stable identifier, {@code [a-z][a-z0-9-]*}, unique across installed plugins
 * @param displayName name shown to admins and agents
 * @param addressKind the namespace of customer addresses on this channel
 * @param capabilities what the channel can do
 * @since 1.0
 */
public record ChannelType(String id, String displayName, AddressKind addressKind,
                          ChannelCapabilities capabilities) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    /**
     * Validates the components.
     *
     * @since 1.0
     */
    public ChannelType {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid channel type id: " + id);
        }
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(addressKind, "addressKind");
        Objects.requireNonNull(capabilities, "capabilities");
    }
}
