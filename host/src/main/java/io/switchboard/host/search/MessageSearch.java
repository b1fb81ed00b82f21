package io.switchboard.host.search;

import io.switchboard.host.store.Dialect;
import io.switchboard.host.store.Rows;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Full-text search over message text, newest first. The matching ids come from messages alone
 * and only those few are joined for names.
 *
 * <p>PostgreSQL (column {@code search_tsv} and its GIN index, migration V9_1) in two steps,
 * because its estimates for prefix queries are fixed guesses and a wrong plan costs seconds:
 * first the newest {@value #RECENT} messages are checked, which finds enough hits for any word
 * that is common; only when that falls short does the index answer, and then the word is rare
 * enough for the index to be cheap. H2 the same way over its word index
 * (migration V9_2, see {@link H2MessageSearch}).
 */
final class MessageSearch {

    static final int RECENT = 10_000;

    private static final String DETAILS = "SELECT m.id, m.conversation_id, m.direction, m.created_at, m.body_text,"
            + " c.contact_id, ct.name AS contact_name, c.subject, c.status FROM messages m"
            + " JOIN conversations c ON c.id = m.conversation_id JOIN contacts ct ON ct.id = c.contact_id"
            + " WHERE m.id IN (<ids>) ORDER BY m.id DESC";
    private static final String TS_MATCH = "search_tsv @@ to_tsquery('simple', :tsq)";

    private final Jdbi jdbi;
    private final Dialect dialect;

    MessageSearch(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    List<SearchResults.MessageHit> find(SearchTerms terms, int limit) {
        return jdbi.withHandle(h -> {
            List<Long> ids = dialect == Dialect.POSTGRESQL ? postgresIds(h, terms, limit) : H2MessageSearch.ids(h, terms, limit);
            if (ids.isEmpty()) {
                return List.of();
            }
            return h.createQuery(DETAILS).bindList("ids", ids).map((rs, ctx) -> new SearchResults.MessageHit(
                    rs.getLong("id"), rs.getLong("conversation_id"), rs.getString("direction"),
                    Rows.instant(rs, "created_at"), Snippets.around(rs.getString("body_text"), terms.words()),
                    rs.getLong("contact_id"), rs.getString("contact_name"), rs.getString("subject"),
                    rs.getString("status"))).list();
        });
    }

    private static List<Long> postgresIds(Handle h, SearchTerms terms, int limit) {
        List<Long> recent = h.createQuery("SELECT id FROM (SELECT id, search_tsv FROM messages ORDER BY id DESC"
                        + " LIMIT " + RECENT + ") recent WHERE " + TS_MATCH + " ORDER BY id DESC LIMIT :limit")
                .bind("tsq", terms.tsQuery()).bind("limit", limit).mapTo(Long.class).list();
        if (recent.size() >= limit) {
            return recent;
        }
        // MATERIALIZED keeps the planner from walking the primary key instead of using the index.
        return h.createQuery("WITH hits AS MATERIALIZED (SELECT id FROM messages WHERE " + TS_MATCH + ")"
                        + " SELECT id FROM hits ORDER BY id DESC LIMIT :limit")
                .bind("tsq", terms.tsQuery()).bind("limit", limit).mapTo(Long.class).list();
    }

    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
