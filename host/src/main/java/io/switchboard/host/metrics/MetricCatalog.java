package io.switchboard.host.metrics;

import com.google.gson.Gson;
import io.switchboard.api.metric.MetricDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Every metric the desk has seen, with its definition (reports outlive a disabled plugin) and
 * its backfill over the event log: conversations {@code next..last} are still to do.
 */
public final class MetricCatalog {

    private static final Gson GSON = new Gson();

    private final Jdbi jdbi;

    public MetricCatalog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A catalogued metric and its backfill progress. */
    public record Entry(MetricDefinition definition, Long next, Long last, Long first, long events, Instant started,
                        Instant finished) {

        public boolean backfilling() {
            return next != null && last != null && next <= last;
        }
    }

    public List<Entry> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM metric_catalog ORDER BY metric_id")
                .map((rs, ctx) -> entry(rs)).list());
    }

    public Optional<Entry> find(String metricId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM metric_catalog WHERE metric_id = :id")
                .bind("id", metricId).map((rs, ctx) -> entry(rs)).findOne());
    }

    /** Records the definition; returns whether the metric is new to the desk. */
    boolean register(MetricDefinition definition) {
        return jdbi.inTransaction(h -> {
            int updated = h.createUpdate("UPDATE metric_catalog SET definition_json = :json WHERE metric_id = :id")
                    .bind("json", GSON.toJson(definition)).bind("id", definition.id()).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO metric_catalog (metric_id, definition_json) VALUES (:id, :json)")
                        .bind("json", GSON.toJson(definition)).bind("id", definition.id()).execute();
            }
            return updated == 0;
        });
    }

    /** Starts (or restarts) a backfill over every conversation there is now. */
    void startBackfill(String metricId, Instant now) {
        jdbi.useTransaction(h -> {
            var range = h.createQuery("SELECT MIN(id) AS lo, MAX(id) AS hi FROM conversations")
                    .map((rs, ctx) -> new long[] {rs.getLong("lo"), rs.getLong("hi")}).one();
            h.createUpdate("UPDATE metric_catalog SET backfill_next = :next, backfill_last = :last,"
                            + " backfill_first = :next, backfill_events = 0, backfill_started = :now,"
                            + " backfill_finished = NULL WHERE metric_id = :id")
                    .bind("next", range[0]).bind("last", range[1]).bind("now", now).bind("id", metricId).execute();
        });
    }

    void advance(Handle h, String metricId, long next, long events, Instant now) {
        h.createUpdate("UPDATE metric_catalog SET backfill_next = :next, backfill_events = backfill_events + :events,"
                        + " backfill_finished = CASE WHEN :next > backfill_last THEN :now ELSE NULL END"
                        + " WHERE metric_id = :id")
                .bind("next", next).bind("events", events).bind("now", now).bind("id", metricId).execute();
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(GSON.fromJson(rs.getString("definition_json"), MetricDefinition.class),
                nullableLong(rs, "backfill_next"), nullableLong(rs, "backfill_last"),
                nullableLong(rs, "backfill_first"), rs.getLong("backfill_events"), instant(rs, "backfill_started"),
                instant(rs, "backfill_finished"));
    }

    private static Long nullableLong(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        var value = rs.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
