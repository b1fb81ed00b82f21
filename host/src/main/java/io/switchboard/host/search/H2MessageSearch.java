package io.switchboard.host.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.statement.Query;

/**
 * Message ids matching a search on H2, newest first, with the meaning of PostgreSQL's index:
 * whole words, the last one as a prefix. Like on PostgreSQL in two steps: the newest
 * {@value MessageSearch#RECENT} messages are scanned first (a substring filter, then their words
 * are checked), which finds enough hits for a common word without sorting its many index
 * entries; only when that falls short does the word index {@code message_words} (migration V9_2)
 * answer, driven by the query word with the fewest entries, which is then rare.
 */
final class H2MessageSearch {

    /** Entries counted per word to pick the rarest one; beyond it a word is simply common. */
    static final int COUNT_CAP = 10_000;

    private H2MessageSearch() {
    }

    static List<Long> ids(Handle h, SearchTerms terms, int limit) {
        List<Long> recent = recent(h, terms, limit);
        if (recent.size() >= limit) {
            return recent;
        }
        return indexed(h, terms.words(), limit);
    }

    private static List<Long> recent(Handle h, SearchTerms terms, int limit) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        Query query = h.createQuery("SELECT id, body_text FROM (SELECT id, body_text FROM messages ORDER BY id DESC"
                + " LIMIT " + MessageSearch.RECENT + ") recent <where> ORDER BY id DESC");
        for (int i = 0; i < terms.words().size(); i++) {
            where.append(" AND LOWER(body_text) LIKE :w").append(i).append(" ESCAPE '!'");
            query.bind("w" + i, "%" + MessageSearch.likeEscaped(terms.words().get(i)) + "%");
        }
        List<Long> ids = new ArrayList<>();
        ResultIterable<Map.Entry<Long, String>> rows = query.define("where", where.toString())
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), nullToEmpty(rs.getString("body_text"))));
        try (var stream = rows.stream()) {
            Iterator<Map.Entry<Long, String>> it = stream.iterator();
            while (it.hasNext() && ids.size() < limit) {
                Map.Entry<Long, String> row = it.next();
                if (MessageWords.matches(MessageWords.of(row.getValue()), terms.words())) {
                    ids.add(row.getKey());
                }
            }
        }
        return ids;
    }

    /**
     * Walks the driver word's entries from the newest message backwards in windows of ids that
     * double in size, so that a common driver stops as soon as the limit is reached; a rare one
     * (or a prefix, whose entries are not ordered by message) is read in one go.
     */
    private static List<Long> indexed(Handle h, List<String> words, int limit) {
        int driver = rarest(h, words);
        String sql = select(words, driver);
        Long newest = h.createQuery("SELECT MAX(id) FROM messages").mapTo(Long.class).one();
        if (newest == null) {
            return List.of();
        }
        boolean walk = !isPrefix(words, driver) && count(h, words, driver) >= COUNT_CAP;
        List<Long> ids = new ArrayList<>();
        long high = newest + 1;
        long window = MessageSearch.RECENT;
        while (ids.size() < limit && high > 0) {
            long low = walk ? Math.max(0, high - window) : 0;
            Query query = h.createQuery(sql).bind("low", low).bind("high", high).bind("limit", limit - ids.size());
            for (int i = 0; i < words.size(); i++) {
                bindWord(query, words, i);
            }
            ids.addAll(query.mapTo(Long.class).list());
            high = low;
            window *= 2;
        }
        return ids;
    }

    private static String select(List<String> words, int driver) {
        StringBuilder sql = new StringBuilder("SELECT DISTINCT d.message_id FROM message_words d WHERE d.")
                .append(condition(words, driver)).append(" AND d.message_id >= :low AND d.message_id < :high");
        for (int i = 0; i < words.size(); i++) {
            if (i != driver) {
                sql.append(" AND EXISTS (SELECT 1 FROM message_words o WHERE o.message_id = d.message_id AND o.")
                        .append(condition(words, i)).append(')');
            }
        }
        return sql + " ORDER BY d.message_id DESC LIMIT :limit";
    }

    /** The query word with the fewest index entries (counted up to {@link #COUNT_CAP}). */
    private static int rarest(Handle h, List<String> words) {
        int best = 0;
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < words.size() && fewest > 0; i++) {
            long count = count(h, words, i);
            if (count < fewest) {
                fewest = count;
                best = i;
            }
        }
        return best;
    }

    private static long count(Handle h, List<String> words, int i) {
        Query query = h.createQuery("SELECT COUNT(*) FROM (SELECT 1 FROM message_words WHERE "
                + condition(words, i) + " LIMIT " + COUNT_CAP + ") entries");
        return bindWord(query, words, i).mapTo(Long.class).one();
    }

    private static boolean isPrefix(List<String> words, int i) {
        return i == words.size() - 1;
    }

    /**
     * A whole word, or the last word as a prefix given as a range, which H2 answers from the
     * index (a LIKE with a bound pattern is not, as the pattern is unknown when it plans).
     */
    private static String condition(List<String> words, int i) {
        return isPrefix(words, i) ? "word >= :w" + i + " AND word < :u" + i : "word = :w" + i;
    }

    private static Query bindWord(Query query, List<String> words, int i) {
        String word = MessageWords.indexed(words.get(i));
        query.bind("w" + i, word);
        return isPrefix(words, i) ? query.bind("u" + i, word + Character.MAX_VALUE) : query;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
