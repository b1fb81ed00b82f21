package io.switchboard.host.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.switchboard.host.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading a desk to block rollups (V11) drops the old observations and rollups, which are
 * derived data, and starts every catalogued metric's backfill over all conversations again.
 */
class MetricStorageMigrationTest {

    @TempDir
    Path dataDir;

    @Test
    void upgradingRestartsEveryMetricsBackfillOverAllConversations() throws Exception {
        String url = Database.embeddedUrl(dataDir);
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("10").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO contacts (name, created_at, updated_at) VALUES ('c', CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO channel_instances (instance_key, channel_type, name, config_json, secrets_enc,"
                    + " signing_key, created_at, updated_at) VALUES ('k', 'webchat', 'k', '{}', '', 'k',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            for (int id : new int[] {7, 9}) {
                s.execute("INSERT INTO conversations (id, contact_id, channel_instance_id, customer_kind,"
                        + " customer_address, status, thread_token, created_at, updated_at) SELECT " + id
                        + ", MAX(co.id), MAX(ci.id), 'phone', '+1', 'open', 't" + id + "', CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP FROM contacts co, channel_instances ci");
            }
            s.execute("INSERT INTO metric_catalog (metric_id, definition_json, backfill_first, backfill_next,"
                    + " backfill_last, backfill_events, backfill_started, backfill_finished) VALUES ('m', '{}', 7,"
                    + " 10, 9, 10, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO metric_observations (metric_id, conversation_id, obs_key, obs_value, at, quarter,"
                    + " channel_type) VALUES ('m', 7, 'first', 60, CURRENT_TIMESTAMP, 0, 'webchat')");
        }

        try (Database upgraded = Database.open(url, dataDir)) {
            upgraded.jdbi().useHandle(h -> {
                assertEquals(0, h.createQuery("SELECT COUNT(*) FROM metric_observations").mapTo(Long.class).one());
                var entry = h.createQuery("SELECT backfill_first, backfill_next, backfill_last, backfill_events,"
                        + " backfill_finished FROM metric_catalog WHERE metric_id = 'm'").mapToMap().one();
                assertEquals(7L, ((Number) entry.get("backfill_first")).longValue());
                assertEquals(7L, ((Number) entry.get("backfill_next")).longValue());
                assertEquals(9L, ((Number) entry.get("backfill_last")).longValue());
                assertEquals(0L, ((Number) entry.get("backfill_events")).longValue());
                assertNull(entry.get("backfill_finished"));
                assertEquals(0, h.createQuery("SELECT COUNT(*) FROM metric_rollups").mapTo(Long.class).one());
            });
        }
    }
}
