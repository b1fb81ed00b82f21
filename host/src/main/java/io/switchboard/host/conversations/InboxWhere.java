package io.switchboard.host.conversations;

import io.switchboard.host.users.User;
import java.util.Locale;
import org.jdbi.v3.core.statement.Query;

/** The WHERE clause of the inbox query for one filter, and the values it binds. */
final class InboxWhere {

    private final ConversationFilter filter;
    private final PageCursor after;
    private final StringBuilder sql = new StringBuilder("WHERE 1 = 1");

    InboxWhere(ConversationFilter filter) {
        this.filter = filter;
        this.after = filter.cursor() == null ? null : PageCursor.decode(filter.cursor(), filter.view().sort());
        build();
    }

    String sql() {
        return sql.toString();
    }

    private void build() {
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND c.status IN (<statuses>)");
        }
        if (filter.channelType() != null) {
            sql.append(" AND ci.channel_type = :channelType");
        }
        if ("unassigned".equals(filter.assignee())) {
            sql.append(" AND c.assignee_id IS NULL");
        } else if (filter.assignee() != null) {
            sql.append(" AND c.assignee_id = :assignee");
        }
        if (filter.contactId() != null) {
            sql.append(" AND c.contact_id = :contact");
        }
        if (filter.query() != null) {
            // A scan of the messages; fine for a desk's volume, a full-text index beyond that.
            sql.append(" AND (LOWER(ct.name) LIKE :q ESCAPE '!' OR LOWER(c.customer_address) LIKE :q ESCAPE '!'"
                    + " OR LOWER(c.subject) LIKE :q ESCAPE '!'"
                    + " OR EXISTS (SELECT 1 FROM contact_identities i WHERE i.contact_id = c.contact_id"
                    + " AND LOWER(i.address) LIKE :q ESCAPE '!')"
                    + " OR EXISTS (SELECT 1 FROM messages qm WHERE qm.conversation_id = c.id"
                    + " AND LOWER(qm.body_text) LIKE :q ESCAPE '!'))");
        }
        workflow(filter.view());
        if (after != null) {
            String byTime = "(c.updated_at < :afterTime OR (c.updated_at = :afterTime AND c.id < :afterId))";
            String rank = filter.view().sort().rankSql();
            sql.append(filter.view().sort() == InboxSort.UPDATED ? " AND " + byTime
                    : " AND (" + rank + " > :afterRank OR (" + rank + " = :afterRank AND " + byTime + "))");
        }
    }

    private void workflow(InboxView view) {
        if (view.tag() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM conversation_tags tg WHERE tg.conversation_id = c.id"
                    + " AND tg.tag = :tag)");
        }
        if (!view.priorities().isEmpty()) {
            sql.append(" AND c.priority IN (<priorities>)");
        }
        if (!view.severities().isEmpty()) {
            sql.append(" AND c.severity IN (<severities>)");
        }
        // f is the LEFT JOINed follow_ups row: a snooze while woke_at is null.
        if (view.snoozed().equals("exclude")) {
            sql.append(" AND (f.conversation_id IS NULL OR f.woke_at IS NOT NULL)");
        } else if (view.snoozed().equals("only")) {
            sql.append(" AND f.conversation_id IS NOT NULL AND f.woke_at IS NULL");
        }
    }

    void bind(Query query, User viewer) {
        if (!filter.statuses().isEmpty()) {
            query.bindList("statuses", filter.statuses().stream().map(ConversationStatus::id).toList());
        }
        query.bind("channelType", filter.channelType()).bind("contact", filter.contactId());
        if (filter.assignee() != null && !"unassigned".equals(filter.assignee())) {
            query.bind("assignee", "me".equals(filter.assignee()) ? viewer.id() : Long.parseLong(filter.assignee()));
        }
        if (filter.query() != null) {
            query.bind("q", "%" + likeEscaped(filter.query().toLowerCase(Locale.ROOT)) + "%");
        }
        InboxView view = filter.view();
        query.bind("tag", view.tag());
        if (!view.priorities().isEmpty()) {
            query.bindList("priorities", view.priorities());
        }
        if (!view.severities().isEmpty()) {
            query.bindList("severities", view.severities());
        }
        if (after != null) {
            query.bind("afterTime", after.updatedAt()).bind("afterId", after.id()).bind("afterRank", after.rank());
        }
    }

    /** The text with LIKE's wildcards and the escape character taken literally ('!' escapes: no backslash quirks). */
    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
