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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Reads conversations' events from the event log, in order, with plain JDBC (backfills read millions).
 * Queries carry no ORDER BY and read a bounded number of conversations each: H2 would otherwise
 * sort (by a partial index order) or materialise a large result in a temporary on-disk map, which
 * cost a backfill a fifth of its time. The events are ordered here instead.
 */
final class TimelineLoader {

    /** Conversations per range query: a few thousand events, which H2 keeps in memory. */
    static final int RANGE_CHUNK = 2000;

    private static final Gson GSON = new Gson();
    private static final Type ATTRIBUTES = new TypeToken<Map<String, String>>() { }.getType();
    private static final Comparator<ConversationEvent> BY_SEQUENCE =
            Comparator.comparingLong(ConversationEvent::sequence);
    private static final String SELECT = "SELECT seq, conversation_id, type, at, channel_type, agent_id, team_id,"
            + " message_id, attributes_json FROM conversation_events WHERE ";

    /** Events of conversations {@code from..to} (inclusive), by conversation in id order. */
    SortedMap<Long, List<ConversationEvent>> range(Handle h, long from, long to) throws SQLException {
        SortedMap<Long, List<ConversationEvent>> found = new TreeMap<>();
        try (PreparedStatement s = h.getConnection().prepareStatement(SELECT + "conversation_id BETWEEN ? AND ?")) {
            for (long first = from; first <= to; first += RANGE_CHUNK) {
                s.setLong(1, first);
                s.setLong(2, Math.min(to, first + RANGE_CHUNK - 1));
                read(s, found);
            }
        }
        return ordered(found);
    }

    SortedMap<Long, List<ConversationEvent>> of(Handle h, Collection<Long> ids) throws SQLException {
        SortedMap<Long, List<ConversationEvent>> found = new TreeMap<>();
        for (List<Long> part : Batches.of(ids, 500)) {
            try (PreparedStatement s = h.getConnection().prepareStatement(SELECT + "conversation_id IN ("
                    + Batches.marks(part.size()) + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    s.setLong(i + 1, part.get(i));
                }
                read(s, found);
            }
        }
        return ordered(found);
    }

    /** Each timeline in sequence order (already so, as read through the index, in practice: a cheap pass). */
    private static SortedMap<Long, List<ConversationEvent>> ordered(SortedMap<Long, List<ConversationEvent>> found) {
        found.values().forEach(events -> events.sort(BY_SEQUENCE));
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
                List<ConversationEvent> events = into.computeIfAbsent(conversation, c -> new ArrayList<>());
                String conversationId = events.isEmpty() ? Long.toString(conversation) : events.get(0).conversationId();
                events.add(new ConversationEvent(rs.getLong(1), conversationId, type,
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
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
