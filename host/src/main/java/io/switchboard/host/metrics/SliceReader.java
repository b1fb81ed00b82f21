package io.switchboard.host.metrics;

import io.switchboard.api.conversation.ConversationEvent;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the next backfill slice's timelines on a thread of its own while the worker evaluates
 * and writes the current one: reading the event log is a third of a backfill's time, and the
 * machine has a second core.
 *
 * <p>A slice read ahead must not be older than what the live evaluation has already stored:
 * if a live step evaluates any of its conversations after the read began, that conversation
 * may have an event the read lacks, so the read is dropped ({@link #invalidate}) and the slice
 * read again in the worker's transaction. Events committed after the read and not yet seen by
 * a live step are evaluated by the next live step, after the slice, as they are without a read
 * ahead. Only the worker thread calls this class.
 */
final class SliceReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SliceReader.class);

    private final Jdbi jdbi;
    private final TimelineLoader loader;
    private final ExecutorService thread;
    private Ahead ahead;

    private record Ahead(long from, long to, Future<SortedMap<Long, List<ConversationEvent>>> timelines) {
    }

    SliceReader(Jdbi jdbi, TimelineLoader loader) {
        this(jdbi, loader, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "metrics-read-ahead");
            t.setDaemon(true);
            return t;
        }));
    }

    /** Reads ahead on {@code thread} (tests pass one that runs the read at once). */
    SliceReader(Jdbi jdbi, TimelineLoader loader, ExecutorService thread) {
        this.jdbi = jdbi;
        this.loader = loader;
        this.thread = thread;
    }

    /** The timelines of conversations {@code from..to}: read ahead when they were, else now on {@code h}. */
    SortedMap<Long, List<ConversationEvent>> take(Handle h, long from, long to) throws SQLException {
        Ahead read = ahead;
        ahead = null;
        if (read != null && read.from() == from && read.to() == to) {
            try {
                return read.timelines().get();
            } catch (ExecutionException e) {
                LOG.debug("Reading conversations {}..{} ahead failed; reading them now", from, to, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading a backfill slice", e);
            }
        } else if (read != null) {
            read.timelines().cancel(false);
        }
        return loader.range(h, from, to);
    }

    /** Starts reading conversations {@code from..to} for the slice after this one. */
    void readAhead(long from, long to) {
        if (ahead != null) {
            ahead.timelines().cancel(false);
        }
        ahead = new Ahead(from, to, thread.submit(() -> jdbi.withHandle(h -> loader.range(h, from, to))));
    }

    /** A live step evaluated these conversations: a read ahead holding any of them may be older. */
    void invalidate(Collection<Long> conversations) {
        Ahead read = ahead;
        if (read != null && conversations.stream().anyMatch(id -> id >= read.from() && id <= read.to())) {
            read.timelines().cancel(false);
            ahead = null;
        }
    }

    /** Lets a running read finish: interrupting H2 during I/O closes its database file. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
