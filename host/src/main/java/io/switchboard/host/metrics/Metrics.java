package io.switchboard.host.metrics;

import io.switchboard.host.plugins.BatchMetricType;
import io.switchboard.host.plugins.PluginHost;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metrics feature: knows the enabled metric types (those of started plugins), catalogues
 * them, starts a backfill for a metric the desk has not had running (new, or enabled again
 * after being disabled) and runs the worker. Disabling a plugin stops its metrics' evaluation
 * and keeps their history.
 */
public final class Metrics implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Metrics.class);

    private final PluginHost plugins;
    private final Clock clock;
    private final MetricCatalog catalog;
    private final MetricsWorker worker;
    private final ReportZones zones;
    private volatile Map<String, BatchMetricType> enabled = Map.of();

    public Metrics(Jdbi jdbi, Clock clock, PluginHost plugins) {
        this.plugins = plugins;
        this.clock = clock;
        this.catalog = new MetricCatalog(jdbi);
        this.zones = new ReportZones(jdbi);
        zones.reload();
        this.worker = new MetricsWorker(jdbi, clock, catalog, () -> enabled, this::realtime, zones);
    }

    /** Reads the enabled metrics, backfills new ones, and starts evaluating. */
    public void start() {
        refresh(true, null);
        plugins.onPluginStarted(pluginId -> refresh(false, null));
        plugins.onPluginStopped(pluginId -> refresh(false, pluginId));
        worker.start(200);
    }

    public MetricCatalog catalog() {
        return catalog;
    }

    /** The time zones with day rollups, and the rollup levels there are. */
    public ReportZones zones() {
        return zones;
    }

    /** The metrics evaluated now, by id. */
    public Map<String, BatchMetricType> enabled() {
        return enabled;
    }

    /** Waits until every event and backfill so far is evaluated (tests and benchmarks). */
    public void catchUp() {
        worker.catchUp();
    }

    /**
     * On start, a metric never catalogued is backfilled. Later, any metric that appears (its
     * plugin was installed or enabled again) is backfilled, to cover what happened while it
     * was not running; stored observations make that a diff, not a duplicate.
     */
    private synchronized void refresh(boolean startup, String stoppingPluginId) {
        Map<String, BatchMetricType> now = new LinkedHashMap<>();
        for (BatchMetricType type : plugins.metricTypesExcept(stoppingPluginId)) {
            String id = type.definition().id();
            if (now.putIfAbsent(id, type) != null) {
                LOG.warn("Metric '{}' is declared twice; the first one counts", id);
            }
        }
        Map<String, BatchMetricType> before = enabled;
        for (BatchMetricType type : now.values()) {
            String id = type.definition().id();
            boolean isNew = catalog.register(type.definition());
            if (isNew || (!startup && !before.containsKey(id))) {
                catalog.startBackfill(id, clock.instant());
                LOG.info("Metric {}: backfilling from the event log", id);
            }
        }
        enabled = Map.copyOf(now);
    }

    private boolean realtime(String channelType) {
        var registered = plugins.connectors().get(channelType);
        return registered != null && registered.connector().type().capabilities().realtime();
    }

    @Override
    public void close() {
        worker.close();
    }

    /** For the benchmark: builds the requested zones' day rollups on the caller's thread. */
    public void buildZones() {
        while (worker.zoneStep()) {
            // next zone
        }
    }

    /** Conversations per backfill slice. */
    public static int backfillSlice() {
        return MetricsWorker.SLICE;
    }

    /** For the benchmark: one backfill slice of one metric on the caller's thread, reading ahead up to {@code last}. */
    public long backfillSlice(BatchMetricType metric, long from, long to, long last) {
        return worker.runSlice(List.of(metric), from, to, last);
    }

    /** For the benchmark: catalogues a metric without starting a background backfill. */
    public void registerForBenchmark(io.switchboard.api.metric.MetricDefinition definition) {
        catalog.register(definition);
    }
}
