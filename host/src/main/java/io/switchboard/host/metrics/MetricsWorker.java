package io.switchboard.host.metrics;

import io.switchboard.host.plugins.BatchMetricType;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes metrics, off the request path: it follows the event log (live
 * evaluation of every enabled metric for conversations with new events) and, between pages,
 * runs backfill slices. One writer means a live evaluation and a backfill never race on the
 * same conversation. A backfill slice is short, so live figures lag by at most one slice.
 */
final class MetricsWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsWorker.class);
    /** Conversations per backfill transaction: large, so rollup rows are written in few batches. */
    static final int SLICE = 50_000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final MetricCatalog catalog;
    private final Supplier<Map<String, BatchMetricType>> enabled;
    private final TimelineLoader timelines = new TimelineLoader();
    private final SliceReader slices;
    private final ObservationStore observations = new ObservationStore();
    private final MetricEvaluator evaluator;
    private final LiveCursor cursor;
    private volatile boolean closed;
    private final ReportZones zones;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "metrics");
        t.setDaemon(true);
        return t;
    });

    MetricsWorker(Jdbi jdbi, Clock clock, MetricCatalog catalog, Supplier<Map<String, BatchMetricType>> enabled,
                  java.util.function.Predicate<String> realtime, ReportZones zones) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.catalog = catalog;
        this.enabled = enabled;
        this.evaluator = new MetricEvaluator(observations, realtime);
        this.cursor = new LiveCursor(jdbi);
        this.slices = new SliceReader(jdbi, timelines);
        this.zones = zones;
    }

    void start(long periodMillis) {
        thread.scheduleWithFixedDelay(this::tick, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Runs until the live cursor and every backfill have caught up (tests and benchmarks). */
    void catchUp() {
        try {
            thread.submit(() -> {
                while (!closed && (liveStep() || zoneStep() || backfillStep())) {
                    // keep going
                }
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("metrics catch-up failed", e.getCause());
        }
    }

    private void tick() {
        try {
            liveStep();
            if (!zoneStep()) {
                backfillStep();
            }
        } catch (RuntimeException e) {
            LOG.warn("Metrics evaluation failed; retrying", e);
        }
    }

    /** Evaluates one page of new events; returns whether it found any new work. */
    boolean liveStep() {
        List<BatchMetricType> metrics = List.copyOf(enabled.get().values());
        var page = inTransaction(h -> {
            LiveCursor.Page next = cursor.next(h);
            if (!next.conversations().isEmpty() && !metrics.isEmpty()) {
                evaluator.evaluate(h, metrics, timelines.of(h, next.conversations()),
                        id -> observations.forConversations(h, id, next.conversations()), clock.instant(),
                        zones.levels());
            }
            slices.invalidate(next.conversations());
            cursor.commit(h, next);
            return next;
        });
        cursor.committed(page);
        return !page.conversations().isEmpty();
    }

    /**
     * Runs one slice of the first unfinished backfill, together with every other backfill at the
     * same point (metrics enabled together, or all of them after a rebuild), so the event log is
     * read once for them all; returns whether one ran.
     */
    boolean backfillStep() {
        Map<String, BatchMetricType> metrics = enabled.get();
        List<MetricCatalog.Entry> pending = catalog.list().stream()
                .filter(e -> e.backfilling() && metrics.containsKey(e.definition().id())).toList();
        if (pending.isEmpty()) {
            return false;
        }
        long from = pending.get(0).next();
        List<MetricCatalog.Entry> together = pending.stream().filter(e -> e.next() == from).toList();
        long last = together.stream().mapToLong(MetricCatalog.Entry::last).min().orElseThrow();
        runSlice(together.stream().map(e -> metrics.get(e.definition().id())).toList(), from,
                Math.min(last, from + SLICE - 1), last);
        return true;
    }

    /** Builds the day rollups of one requested zone; returns whether one was built. */
    boolean zoneStep() {
        var pending = zones.list().stream().filter(z -> !z.ready()).findFirst();
        if (pending.isEmpty()) {
            return false;
        }
        Map<String, Double> targets = new java.util.HashMap<>();
        catalog.list().forEach(e -> targets.put(e.definition().id(), e.definition().defaultTarget()));
        inTransaction(h -> {
            ZoneBuilder.build(h, pending.get(), targets::get);
            return null;
        });
        zones.reload();
        return true;
    }

    /**
     * Evaluates conversations {@code from..to} for some metrics, reading the next slice (up to
     * {@code last}) ahead meanwhile; returns the number of events read.
     */
    long runSlice(List<BatchMetricType> metrics, long from, long to, long last) {
        return inTransaction(h -> {
            var slice = slices.take(h, from, to);
            if (to < last) {
                slices.readAhead(to + 1, Math.min(last, to + SLICE));
            }
            // A first backfill finds nothing stored: no diff to read.
            Set<String> stored = new HashSet<>();
            for (BatchMetricType metric : metrics) {
                if (observations.anyInRange(h, metric.definition().id(), from, to)) {
                    stored.add(metric.definition().id());
                }
            }
            evaluator.evaluate(h, metrics, slice,
                    m -> stored.contains(m) ? observations.forRange(h, m, from, to) : List.of(), clock.instant(),
                    zones.levels());
            long events = slice.values().stream().mapToLong(List::size).sum();
            for (BatchMetricType metric : metrics) {
                catalog.advance(h, metric.definition().id(), to + 1, events, clock.instant());
            }
            return events;
        });
    }

    private <T> T inTransaction(org.jdbi.v3.core.HandleCallback<T, java.sql.SQLException> work) {
        try {
            return jdbi.inTransaction(work);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("metrics storage failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // Never interrupt: H2 closes its database file when a thread is interrupted during I/O.
        // The running step finishes (a slice is short); periodic runs stop.
        closed = true;
        thread.shutdown();
        try {
            thread.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        slices.close(); // after the worker: its last slice may still start a read ahead
    }
}
