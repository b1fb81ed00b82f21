package io.switchboard.host.channels;

import io.switchboard.api.channel.ChannelState;
import io.switchboard.host.store.Transactions;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link ChannelState} of one instance, one committed row per key. */
final class ChannelStateStore implements ChannelState {

    private final Jdbi jdbi;
    private final long instanceId;

    ChannelStateStore(Jdbi jdbi, long instanceId) {
        this.jdbi = jdbi;
        this.instanceId = instanceId;
    }

    @Override
    public Optional<String> get(String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT state_value FROM channel_state WHERE instance_id = :i"
                + " AND state_key = :k").bind("i", instanceId).bind("k", checked(key)).mapTo(String.class).findOne());
    }

    @Override
    public void put(String key, String value) {
        java.util.Objects.requireNonNull(value, "value");
        Transactions.inTransactionWithRetry(jdbi, h -> {
            int updated = h.createUpdate("UPDATE channel_state SET state_value = :v WHERE instance_id = :i"
                    + " AND state_key = :k").bind("v", value).bind("i", instanceId).bind("k", checked(key)).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO channel_state (instance_id, state_key, state_value) VALUES (:i, :k, :v)")
                        .bind("v", value).bind("i", instanceId).bind("k", key).execute();
            }
            return null;
        });
    }

    @Override
    public void remove(String key) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM channel_state WHERE instance_id = :i AND state_key = :k")
                .bind("i", instanceId).bind("k", checked(key)).execute());
    }

    private static String checked(String key) {
        if (key == null || key.isEmpty() || key.length() > 200) {
            throw new IllegalArgumentException("channel state keys are 1 to 200 characters");
        }
        return key;
    }
}
