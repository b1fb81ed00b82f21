package io.switchboard.host.search;

import io.switchboard.host.store.Dialect;
import io.switchboard.host.store.Rows;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Full-text search over message text. On PostgreSQL the GIN index of migration V9_1 answers
 * (to_tsvector('simple', body_text), each word a prefix). H2 has no index that helps a
 * substring search, so it scans newest-first and stops at the limit: quick when a word is
 * common, a full scan when it is rare (the bench-search command measures both).
 */
final class MessageSearch {

    /**
     * The matching ids come from messages alone, newest first, so the database can stop at the
     * limit (H2 walks the primary key backwards); only those few are joined for names.
     */
    private static final String COLUMNS = "SELECT m.id, m.conversation_id, m.direction, m.created_at, m.body_text,"
            + " c.contact_id, ct.name AS contact_name, c.subject, c.status FROM (%s) hit"
            + " JOIN messages m ON m.id = hit.id JOIN conversations c ON c.id = m.conversation_id"
            + " JOIN contacts ct ON ct.id = c.contact_id ORDER BY m.id DESC";

    private final Jdbi jdbi;
    private final Dialect dialect;

    MessageSearch(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    List<SearchResults.MessageHit> find(SearchTerms terms, int limit) {
        return jdbi.withHandle(h -> {
            Query query = dialect == Dialect.POSTGRESQL
                    ? h.createQuery(COLUMNS.formatted("SELECT id FROM messages WHERE to_tsvector('simple', body_text)"
                            + " @@ to_tsquery('simple', :tsq) ORDER BY id DESC LIMIT :limit")).bind("tsq", terms.tsQuery())
                    : likeQuery(h, terms);
            return query.bind("limit", limit).map((rs, ctx) -> new SearchResults.MessageHit(rs.getLong("id"),
                    rs.getLong("conversation_id"), rs.getString("direction"), Rows.instant(rs, "created_at"),
                    Snippets.around(rs.getString("body_text"), terms.words()), rs.getLong("contact_id"),
                    rs.getString("contact_name"), rs.getString("subject"), rs.getString("status"))).list();
        });
    }

    private static Query likeQuery(org.jdbi.v3.core.Handle h, SearchTerms terms) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        Map<String, String> binds = new HashMap<>();
        for (int i = 0; i < terms.words().size(); i++) {
            where.append(" AND LOWER(body_text) LIKE :w").append(i).append(" ESCAPE '!'");
            binds.put("w" + i, "%" + likeEscaped(terms.words().get(i)) + "%");
        }
        Query query = h.createQuery(COLUMNS.formatted("SELECT id FROM messages " + where
                + " ORDER BY id DESC LIMIT :limit"));
        binds.forEach(query::bind);
        return query;
    }

    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
