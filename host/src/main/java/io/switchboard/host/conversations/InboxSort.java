package io.switchboard.host.conversations;

import io.switchboard.host.problem.Problem;
import java.util.Locale;

/**
 * The inbox orders: newest activity first, or by priority (urgent first) or severity (1 first,
 * untriaged last), each then by newest activity. The rank is a small integer so that one keyset
 * (rank, updated_at, id) pages every order correctly.
 */
public enum InboxSort {
    UPDATED("0"),
    PRIORITY("CASE c.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END"),
    SEVERITY("COALESCE(c.severity, 5)");

    private final String rankSql;

    InboxSort(String rankSql) {
        this.rankSql = rankSql;
    }

    String rankSql() {
        return rankSql;
    }

    String orderBy() {
        return this == UPDATED ? " ORDER BY c.updated_at DESC, c.id DESC"
                : " ORDER BY " + rankSql + " ASC, c.updated_at DESC, c.id DESC";
    }

    int rankOf(ConversationSummary c) {
        return switch (this) {
            case UPDATED -> 0;
            case PRIORITY -> Priority.rankOf(c.priority());
            case SEVERITY -> c.severity() == null ? 5 : c.severity();
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InboxSort of(String id) {
        if (id == null || id.isBlank()) {
            return UPDATED;
        }
        try {
            return valueOf(id.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("sort must be updated, priority or severity, was '" + id + "'");
        }
    }
}
