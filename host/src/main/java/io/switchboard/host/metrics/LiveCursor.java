package io.switchboard.host.metrics;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Which conversations have events the live evaluation has not seen, by a high-water mark in
 * the event log that survives restarts. Sequence numbers are taken before commit, so a gap can
 * be a transaction still running: the mark stops below a gap until it fills or, after
 * {@link #GAP_PATIENCE_NANOS}, is taken to be a rollback (or an identity cache jump). Events
 * seen above a gap are remembered so they are evaluated once.
 */
final class LiveCursor {

    static final long GAP_PATIENCE_NANOS = 30_000_000_000L;
    private static final int PAGE = 5000;

    private final Jdbi jdbi;
    private long mark = -1;
    private final Set<Long> seenAboveMark = new HashSet<>();
    private final Map<Long, Long> gapSince = new HashMap<>();

    LiveCursor(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One page of unseen events: their conversations, and what to commit once evaluated. */
    record Page(Set<Long> conversations, long newMark, Set<Long> seenAbove) {
    }

    /** The mark to start from: the stored one, or the log's end on a desk that never ran metrics. */
    long mark(Handle h) {
        if (mark < 0) {
            mark = h.createQuery("SELECT seq FROM metric_cursor WHERE name = 'live'").mapTo(Long.class).findOne()
                    .orElseGet(() -> {
                        long end = h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM conversation_events")
                                .mapTo(Long.class).one();
                        h.createUpdate("INSERT INTO metric_cursor (name, seq) VALUES ('live', :seq)")
                                .bind("seq", end).execute();
                        return end;
                    });
        }
        return mark;
    }

    Page next(Handle h) throws SQLException {
        long from = mark(h);
        List<long[]> rows = new ArrayList<>();
        try (PreparedStatement s = h.getConnection().prepareStatement("SELECT seq, conversation_id FROM"
                + " conversation_events WHERE seq > ? ORDER BY seq LIMIT " + PAGE)) {
            s.setLong(1, from);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        }
        Set<Long> conversations = new LinkedHashSet<>();
        for (long[] row : rows) {
            if (!seenAboveMark.contains(row[0])) {
                conversations.add(row[1]);
            }
        }
        long expected = from + 1;
        long now = System.nanoTime();
        for (long[] row : rows) {
            if (row[0] > expected && now - gapSince.computeIfAbsent(expected, g -> now) < GAP_PATIENCE_NANOS) {
                break;
            }
            expected = row[0] + 1;
        }
        long newMark = expected - 1;
        Set<Long> above = new HashSet<>();
        for (long[] row : rows) {
            if (row[0] > newMark) {
                above.add(row[0]);
            }
        }
        return new Page(conversations, newMark, above);
    }

    /** Stores the mark in the transaction that stored the evaluation. */
    void commit(Handle h, Page page) {
        h.createUpdate("UPDATE metric_cursor SET seq = :seq WHERE name = 'live'").bind("seq", page.newMark()).execute();
    }

    /** After the transaction committed: the in-memory view follows. */
    void committed(Page page) {
        mark = page.newMark();
        seenAboveMark.removeIf(seq -> seq <= mark);
        seenAboveMark.addAll(page.seenAbove());
        gapSince.keySet().removeIf(seq -> seq <= mark);
    }
}
