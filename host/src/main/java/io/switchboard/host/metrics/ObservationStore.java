package io.switchboard.host.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Stored observations, read per conversation for diffing and per bucket for recomputing rollups. */
final class ObservationStore {

    private static final String COLUMNS = "metric_id, conversation_id, obs_key, obs_value, at_us, channel_type,"
            + " agent_id, team_id";

    /** The stored observations of one metric for conversations {@code from..to} (inclusive). */
    List<StoredObservation> forRange(Handle h, String metricId, long from, long to) throws SQLException {
        try (PreparedStatement s = h.getConnection().prepareStatement("SELECT " + COLUMNS
                + " FROM metric_observations WHERE metric_id = ? AND conversation_id BETWEEN ? AND ?")) {
            s.setString(1, metricId);
            s.setLong(2, from);
            s.setLong(3, to);
            return read(s);
        }
    }

    /** The stored observations of one metric for some conversations. */
    List<StoredObservation> forConversations(Handle h, String metricId, Collection<Long> ids) throws SQLException {
        List<StoredObservation> found = new ArrayList<>();
        for (List<Long> part : Batches.of(ids, 500)) {
            try (PreparedStatement s = h.getConnection().prepareStatement("SELECT " + COLUMNS
                    + " FROM metric_observations WHERE metric_id = ? AND conversation_id IN ("
                    + Batches.marks(part.size()) + ")")) {
                s.setString(1, metricId);
                for (int i = 0; i < part.size(); i++) {
                    s.setLong(i + 2, part.get(i));
                }
                found.addAll(read(s));
            }
        }
        return found;
    }

    /** Whether any observation of the metric is stored for conversations {@code from..to}. */
    boolean anyInRange(Handle h, String metricId, long from, long to) throws SQLException {
        try (PreparedStatement s = h.getConnection().prepareStatement("SELECT 1 FROM metric_observations"
                + " WHERE metric_id = ? AND conversation_id BETWEEN ? AND ? LIMIT 1")) {
            s.setString(1, metricId);
            s.setLong(2, from);
            s.setLong(3, to);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The values in one rollup row's bucket ({@code key.bucket()} to {@code end}) and cut. */
    List<Double> values(Handle h, RollupKey key, long end) throws SQLException {
        String cut = switch (key.dimension()) {
            case "channel" -> " AND channel_type = ?";
            case RollupKey.CHANNEL_AGENT -> key.value().endsWith("/" + RollupKey.NONE)
                    ? " AND channel_type = ? AND agent_id IS NULL" : " AND channel_type = ? AND agent_id = ?";
            case "agent" -> key.value().equals(RollupKey.NONE) ? " AND agent_id IS NULL" : " AND agent_id = ?";
            case "team" -> key.value().equals(RollupKey.NONE) ? " AND team_id IS NULL" : " AND team_id = ?";
            default -> "";
        };
        try (PreparedStatement s = h.getConnection().prepareStatement("SELECT obs_value FROM metric_observations"
                + " WHERE metric_id = ? AND at_us >= ? AND at_us < ?" + cut)) {
            s.setString(1, key.metricId());
            s.setLong(2, Micros.of(key.bucket()));
            s.setLong(3, Micros.of(end));
            if (key.dimension().equals(RollupKey.CHANNEL_AGENT)) {
                int slash = key.value().lastIndexOf('/');
                s.setString(4, key.value().substring(0, slash));
                if (!cut.endsWith("IS NULL")) {
                    s.setString(5, key.value().substring(slash + 1));
                }
            } else if (!cut.isEmpty() && !cut.endsWith("IS NULL")) {
                s.setString(4, key.value());
            }
            List<Double> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getDouble(1));
                }
            }
            return values;
        }
    }

    void delete(Handle h, Collection<StoredObservation> gone) throws SQLException {
        if (gone.isEmpty()) {
            return;
        }
        try (PreparedStatement s = h.getConnection().prepareStatement("DELETE FROM metric_observations"
                + " WHERE metric_id = ? AND conversation_id = ? AND obs_key = ?")) {
            for (StoredObservation o : gone) {
                s.setString(1, o.metricId());
                s.setLong(2, o.conversationId());
                s.setString(3, o.key());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    void insert(Handle h, Collection<StoredObservation> added) throws SQLException {
        if (added.isEmpty()) {
            return;
        }
        Connection c = h.getConnection();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO metric_observations (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredObservation o : added) {
                s.setString(1, o.metricId());
                s.setLong(2, o.conversationId());
                s.setString(3, o.key());
                s.setDouble(4, o.value());
                s.setLong(5, Micros.of(o.at()));
                s.setString(6, o.channel());
                setNullable(s, 7, o.agent());
                setNullable(s, 8, o.team());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void setNullable(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }

    private static List<StoredObservation> read(PreparedStatement s) throws SQLException {
        List<StoredObservation> found = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(new StoredObservation(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getDouble(4),
                        Micros.instant(rs.getLong(5)), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        }
        return found;
    }
}
