package io.switchboard.host.metrics;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.switchboard.api.conversation.ConversationEvent;
import io.switchboard.api.conversation.ConversationEventType;
import java.lang.reflect.Type;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Reads conversations' events from the event log, in order, with plain JDBC (backfills read millions). */
final class TimelineLoader {

    private static final Gson GSON = new Gson();
    private static final Type ATTRIBUTES = new TypeToken<Map<String, String>>() { }.getType();
    private static final String SELECT = "SELECT seq, conversation_id, type, at, channel_type, agent_id, team_id,"
            + " message_id, attributes_json FROM conversation_events WHERE ";

    /** Events of conversations {@code from..to} (inclusive), by conversation. */
    Map<Long, List<ConversationEvent>> range(Handle h, long from, long to) throws SQLException {
        try (PreparedStatement s = h.getConnection().prepareStatement(SELECT
                + "conversation_id BETWEEN ? AND ? ORDER BY conversation_id, seq")) {
            s.setLong(1, from);
            s.setLong(2, to);
            Map<Long, List<ConversationEvent>> found = new LinkedHashMap<>();
            read(s, found);
            return found;
        }
    }

    Map<Long, List<ConversationEvent>> of(Handle h, Collection<Long> ids) throws SQLException {
        Map<Long, List<ConversationEvent>> found = new LinkedHashMap<>();
        for (List<Long> part : Batches.of(ids, 500)) {
            try (PreparedStatement s = h.getConnection().prepareStatement(SELECT + "conversation_id IN ("
                    + Batches.marks(part.size()) + ") ORDER BY conversation_id, seq")) {
                for (int i = 0; i < part.size(); i++) {
                    s.setLong(i + 1, part.get(i));
                }
                read(s, found);
            }
        }
        return found;
    }

    private static void read(PreparedStatement s, Map<Long, List<ConversationEvent>> into) throws SQLException {
        s.setFetchSize(5000);
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ConversationEventType type = type(rs.getString(3));
                if (type == null) {
                    continue;
                }
                long conversation = rs.getLong(2);
                String json = rs.getString(9);
                Map<String, String> attributes = json == null ? Map.of() : GSON.fromJson(json, ATTRIBUTES);
                into.computeIfAbsent(conversation, c -> new ArrayList<>()).add(new ConversationEvent(rs.getLong(1),
                        Long.toString(conversation), type, rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getString(5), id(rs, 6), id(rs, 7), id(rs, 8), attributes));
            }
        }
    }

    private static String id(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Long.toString(value);
    }

    /** Types written by a newer desk are skipped, as the SPI promises plugins. */
    private static ConversationEventType type(String name) {
        try {
            return ConversationEventType.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
