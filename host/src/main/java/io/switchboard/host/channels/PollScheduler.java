package io.switchboard.host.channels;

import io.switchboard.api.channel.IngestMode;
import io.switchboard.api.channel.PollResult;
import io.switchboard.host.conversations.InboundIngestor;
import io.switchboard.host.plugins.PluginHost;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls pull channels (email over IMAP) on their interval. Each batch's events and its cursor
 * commit together, so an interrupted poll resumes from the last committed cursor; a batch
 * that says {@code more} is followed at once. One poll per instance at a time; a failing
 * provider is retried at the next interval.
 *
 * <p>Single node: with several hosts each would poll; a cluster needs an advisory lock per
 * instance (not built yet).
 */
public final class PollScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PollScheduler.class);
    private static final int MAX_BATCHES_PER_TURN = 50;

    private final ChannelInstanceStore store;
    private final ChannelRegistry registry;
    private final PluginHost plugins;
    private final InboundIngestor ingestor;
    private final Clock clock;
    private final Map<Long, Instant> nextDue = new ConcurrentHashMap<>();
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final Set<Long> requested = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r,
            "poll-ticker"));
    private final ExecutorService pollers = Executors.newFixedThreadPool(2, r -> daemon(r, "poller"));

    public PollScheduler(ChannelInstanceStore store, ChannelRegistry registry, PluginHost plugins,
                         InboundIngestor ingestor, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.plugins = plugins;
        this.ingestor = ingestor;
        this.clock = clock;
    }

    public void start() {
        ticker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Polls an instance at the next tick instead of after its interval (an admin's "check mail
     * now"); a request during a running poll makes another poll follow it at once.
     */
    public void pollSoon(long instanceId) {
        requested.add(instanceId);
        nextDue.put(instanceId, Instant.MIN);
    }

    void tick() {
        try {
            Instant now = clock.instant();
            for (ChannelInstanceRecord record : store.list()) {
                var registered = plugins.connectors().get(record.channelType());
                if (!record.enabled() || registered == null
                        || registered.connector().type().capabilities().ingest() != IngestMode.PULL) {
                    continue;
                }
                if (!now.isBefore(nextDue.getOrDefault(record.id(), Instant.MIN)) && running.add(record.id())) {
                    pollers.execute(() -> pollNow(record.id()));
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Poll scheduling failed", e);
        }
    }

    /**
     * Polls one instance until it has nothing more, then schedules its next turn: after its
     * interval, or at once when the turn ended with a backlog left (the batch cap per turn only
     * lets other instances have their turn in between).
     */
    void pollNow(long instanceId) {
        Duration interval = Duration.ofMinutes(1);
        boolean backlog = false;
        requested.remove(instanceId);
        try {
            var runtime = registry.byId(instanceId);
            if (runtime.isEmpty()) {
                return;
            }
            interval = runtime.get().type().capabilities().pollInterval();
            for (int batch = 0; batch < MAX_BATCHES_PER_TURN; batch++) {
                String cursor = store.find(instanceId).map(ChannelInstanceRecord::pollCursor).orElse(null);
                PollResult result = runtime.get().instance().poll(cursor);
                ingestor.ingest(runtime.get().inbound(), result.events(), h -> {
                    if (result.cursor() != null) {
                        store.saveCursor(h, instanceId, result.cursor());
                    }
                });
                backlog = result.more();
                if (!backlog) {
                    break;
                }
            }
        } catch (Exception | LinkageError e) {
            // LinkageError too: a plugin missing a class must not take the poller thread down.
            backlog = false; // a failing provider waits for its interval, however much is left
            LOG.warn("Polling channel instance {} failed; retrying in {}: {}", instanceId, interval, e.toString());
        } finally {
            nextDue.put(instanceId, backlog || requested.contains(instanceId) ? Instant.MIN
                    : clock.instant().plus(interval));
            running.remove(instanceId);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        // May be created while a plugin calls in: never inherit (and keep) its class loader.
        thread.setContextClassLoader(PollScheduler.class.getClassLoader());
        return thread;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        pollers.shutdownNow();
    }
}
