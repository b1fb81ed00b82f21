package io.switchboard.host.plugins;

import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.pf4j.PluginStatusProvider;

/**
 * Keeps which plugins an admin disabled in the database instead of PF4J's
 * {@code disabled.txt}, so bundled plugin directories stay read-only and every node of a
 * cluster agrees. Plugins are enabled unless disabled.
 */
final class PluginSettingsStore implements PluginStatusProvider {

    private final Jdbi jdbi;
    private final Clock clock;

    PluginSettingsStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public boolean isPluginDisabled(String pluginId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT enabled FROM plugin_settings WHERE plugin_id = :id")
                .bind("id", pluginId).mapTo(Boolean.class).findOne().map(enabled -> !enabled).orElse(false));
    }

    @Override
    public void disablePlugin(String pluginId) {
        set(pluginId, false);
    }

    @Override
    public void enablePlugin(String pluginId) {
        set(pluginId, true);
    }

    /** Removes what the desk remembers of an uninstalled plugin. */
    void forget(String pluginId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM plugin_settings WHERE plugin_id = :id").bind("id", pluginId)
                .execute());
    }

    private void set(String pluginId, boolean enabled) {
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("UPDATE plugin_settings SET enabled = :enabled, updated_at = :now"
                            + " WHERE plugin_id = :id")
                    .bind("enabled", enabled).bind("now", clock.instant()).bind("id", pluginId).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO plugin_settings (plugin_id, enabled, updated_at) VALUES (:id, :enabled,"
                                + " :now)")
                        .bind("enabled", enabled).bind("now", clock.instant()).bind("id", pluginId).execute();
            }
        });
    }
}
