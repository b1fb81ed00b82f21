package io.switchboard.host.conversations;

import io.switchboard.api.channel.ChannelType;
import io.switchboard.host.problem.Problem;
import io.switchboard.host.store.Rows;
import io.switchboard.host.users.User;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Read models for the agent API: the filtered inbox and a conversation with its timeline,
 * both with the viewer's unread count (customer messages after their read position).
 */
public final class ConversationQueries {

    private static final String SELECT = "SELECT c.*, f.due_at AS follow_due_at, f.reason AS follow_reason,"
            + " f.woke_at AS follow_woke_at, f.woke_by AS follow_woke_by, ci.instance_key, ci.channel_type, ci.name AS channel_name,"
            + " ct.name AS contact_name, u.name AS assignee_name,"
            + " (SELECT COUNT(*) FROM messages um WHERE um.conversation_id = c.id AND um.direction = 'inbound'"
            + " AND um.id > COALESCE((SELECT r.last_read_message_id FROM conversation_reads r"
            + " WHERE r.conversation_id = c.id AND r.user_id = :viewer), 0)) AS unread_count"
            + " FROM conversations c"
            + " JOIN channel_instances ci ON ci.id = c.channel_instance_id"
            + " JOIN contacts ct ON ct.id = c.contact_id LEFT JOIN users u ON u.id = c.assignee_id"
            + " LEFT JOIN follow_ups f ON f.conversation_id = c.id ";

    private static final RowMapper<ConversationSummary> SUMMARY = (rs, ctx) -> new ConversationSummary(
            rs.getLong("id"), rs.getString("status"), rs.getString("priority"),
            new ConversationSummary.ChannelRef(rs.getLong("channel_instance_id"), rs.getString("instance_key"),
                    rs.getString("channel_type"), rs.getString("channel_name")),
            new ConversationSummary.ContactRef(rs.getLong("contact_id"), rs.getString("contact_name"),
                    rs.getString("customer_address")),
            rs.getString("subject"), rs.getString("preview"), Rows.nullableLong(rs, "assignee_id"),
            rs.getString("assignee_name"), Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"),
            Rows.instant(rs, "last_customer_message_at"), rs.getInt("unread_count"),
            severity(rs), List.of(), followUp(rs));

    private final Jdbi jdbi;
    private final MessageStore messages;
    private final ChannelTypes channelTypes;

    public ConversationQueries(Jdbi jdbi, MessageStore messages, ChannelTypes channelTypes) {
        this.jdbi = jdbi;
        this.messages = messages;
        this.channelTypes = channelTypes;
    }

    public Page<ConversationSummary> list(ConversationFilter filter, User viewer) {
        InboxWhere where = new InboxWhere(filter);
        List<ConversationSummary> rows = jdbi.withHandle(h -> {
            InboxSort sort = filter.view().sort();
            Query query = h.createQuery(SELECT + where.sql() + sort.orderBy() + " LIMIT :limit")
                    .bind("limit", filter.limit() + 1).bind("viewer", viewer.id());
            where.bind(query, viewer);
            return withTags(h, query.map(SUMMARY).list());
        });
        if (rows.size() <= filter.limit()) {
            return new Page<>(rows, null);
        }
        List<ConversationSummary> page = new ArrayList<>(rows.subList(0, filter.limit()));
        ConversationSummary last = page.get(page.size() - 1);
        InboxSort sort = filter.view().sort();
        return new Page<>(page, new PageCursor(sort, sort.rankOf(last), last.updatedAt(), last.id()).encode());
    }

    /** The page's tags in one query. */
    private static List<ConversationSummary> withTags(Handle h, List<ConversationSummary> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> tags = new HashMap<>();
        h.createQuery("SELECT conversation_id, tag FROM conversation_tags WHERE conversation_id IN (<ids>)"
                        + " ORDER BY tag")
                .bindList("ids", rows.stream().map(ConversationSummary::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong("conversation_id"), rs.getString("tag")))
                .forEach(e -> tags.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(c -> c.withTags(tags.getOrDefault(c.id(), List.of()))).toList();
    }

    private static Integer severity(ResultSet rs) throws SQLException {
        int value = rs.getInt("severity");
        return rs.wasNull() ? null : value;
    }

    private static ConversationSummary.FollowUpRef followUp(ResultSet rs) throws SQLException {
        Instant due = Rows.instant(rs, "follow_due_at");
        if (due == null) {
            return null;
        }
        Instant woke = Rows.instant(rs, "follow_woke_at");
        return new ConversationSummary.FollowUpRef(woke == null, due, rs.getString("follow_reason"), woke,
                rs.getString("follow_woke_by"));
    }

    public ConversationDetail get(long id, User viewer) {
        return jdbi.withHandle(h -> {
            ConversationSummary summary = h.createQuery(SELECT + "WHERE c.id = :id").bind("id", id)
                    .bind("viewer", viewer.id()).map(SUMMARY)
                    .findOne().map(c -> withTags(h, List.of(c)).get(0))
                    .orElseThrow(() -> Problem.notFound("no conversation with id " + id));
            Optional<ChannelType> type = channelTypes.ofInstance(summary.channel().instanceId());
            return new ConversationDetail(summary, messages.list(h, id), CallEntry.list(h, id),
                    type.map(t -> ConversationDetail.ReplyLimits.of(t, summary.lastCustomerMessageAt())).orElse(null));
        });
    }
}
