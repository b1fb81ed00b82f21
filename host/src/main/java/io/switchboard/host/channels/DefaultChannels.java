package io.switchboard.host.channels;

import java.util.Map;
import java.util.Optional;

/**
 * On a brand-new desk, creates a web chat instance with the key {@code webchat}, so a visitor
 * can write and an agent can answer before anyone configured anything.
 */
public final class DefaultChannels {

    static final String WEBCHAT_TYPE = "webchat";

    private DefaultChannels() {
    }

    /** The instance created, or empty when the desk has channels already or no web chat plugin. */
    public static Optional<ChannelInstanceView> ensureWebChat(ChannelInstanceStore store, ChannelAdmin admin) {
        if (!store.list().isEmpty() || store.keyTaken(WEBCHAT_TYPE)
                || admin.types().stream().noneMatch(t -> t.id().equals(WEBCHAT_TYPE))) {
            return Optional.empty();
        }
        return Optional.of(admin.create(WEBCHAT_TYPE, "Website chat", WEBCHAT_TYPE, Map.of()));
    }
}
