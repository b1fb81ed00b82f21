package io.switchboard.host.channels;

import java.time.Instant;
import java.util.Map;

/**
 * A configured channel instance. {@code secrets} holds the decrypted secret fields and never
 * leaves the host: API views list only which secrets are set.
 */
public record ChannelInstanceRecord(long id, String key, String channelType, String name, Map<String, String> config,
                                    Map<String, String> secrets, String signingKey, boolean enabled,
                                    String pollCursor, Instant createdAt, Instant updatedAt) {

    public ChannelInstanceRecord {
        config = Map.copyOf(config);
        secrets = Map.copyOf(secrets);
    }

    /** Config and secrets together, as the plugin sees them. */
    public Map<String, String> allValues() {
        Map<String, String> all = new java.util.HashMap<>(config);
        all.putAll(secrets);
        return all;
    }

    @Override
    public String toString() {
        return "ChannelInstance[" + key + ", " + channelType + ", secrets=" + secrets.keySet() + "]";
    }
}
