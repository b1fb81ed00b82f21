package io.switchboard.host.channels;

import io.switchboard.api.channel.ChannelConnector;
import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.api.config.ConfigValues;
import io.switchboard.host.availability.RingList;
import io.switchboard.host.live.LiveHub;
import io.switchboard.host.plugins.PluginHost;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens channel instances through their plugins on first use and keeps them open until the
 * instance changes, is deleted, or its plugin stops. The single place that turns a stored
 * instance into a live {@link ChannelRuntime}. Open instances are served from memory (no
 * database read or secret decryption per webhook); every change goes through
 * {@link #invalidate}. With several hosts, a change made on one node reaches the others only
 * when they reopen the instance: cross-node invalidation is not built yet.
 */
public final class ChannelRegistry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelRegistry.class);

    private final ChannelInstanceStore store;
    private final PluginHost plugins;
    private final Jdbi jdbi;
    private final Clock clock;
    private final LiveHub live;
    private final Supplier<URI> publicUrl;
    // Its threads are made by a host factory: grown while a plugin call runs, they would otherwise
    // inherit (and keep alive) that plugin's class loader.
    private final java.util.concurrent.ExecutorService httpThreads = java.util.concurrent.Executors.newCachedThreadPool(
            io.switchboard.host.plugins.HostThreads.named("plugin-http"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .executor(httpThreads).build();
    private final Map<Long, OpenInstance> open = new ConcurrentHashMap<>();
    private final Map<String, OpenInstance> openByKey = new ConcurrentHashMap<>();
    private final RingList ringList;

    public ChannelRegistry(ChannelInstanceStore store, PluginHost plugins, Jdbi jdbi, Clock clock, LiveHub live,
                           Supplier<URI> publicUrl) {
        this.store = store;
        this.plugins = plugins;
        this.jdbi = jdbi;
        this.clock = clock;
        this.live = live;
        this.publicUrl = publicUrl;
        this.ringList = new RingList(jdbi);
        plugins.onPluginStopped(this::closeInstancesOf);
    }

    /** The runtime behind a webhook key; a {@link io.switchboard.host.problem.Problem} when unavailable. */
    public ChannelRuntime require(String key) {
        OpenInstance cached = openByKey.get(key);
        if (cached != null) {
            return cached.runtime();
        }
        ChannelInstanceRecord record = store.findByKey(key).orElseThrow(() -> ChannelUnavailableException.unknown(key));
        return runtimeFor(record);
    }

    /** The runtime of an instance, or empty when it is deleted, disabled or its plugin is not started. */
    public Optional<ChannelRuntime> byId(long instanceId) {
        OpenInstance cached = open.get(instanceId);
        if (cached != null) {
            return Optional.of(cached.runtime());
        }
        Optional<ChannelInstanceRecord> record = store.find(instanceId);
        if (record.isEmpty() || !record.get().enabled()) {
            return Optional.empty();
        }
        try {
            return Optional.of(runtimeFor(record.get()));
        } catch (io.switchboard.host.problem.Problem unavailable) {
            return Optional.empty();
        }
    }

    public URI webhookUrl(String key) {
        return URI.create(publicUrl.get() + "/webhooks/" + key);
    }

    /** Closes the open instance so the next use reopens it with fresh configuration. */
    public synchronized void invalidate(long instanceId) {
        OpenInstance current = open.remove(instanceId);
        if (current != null) {
            openByKey.remove(current.runtime().key(), current);
            closeQuietly(current);
        }
    }

    private synchronized ChannelRuntime runtimeFor(ChannelInstanceRecord record) {
        if (!record.enabled()) {
            throw ChannelUnavailableException.disabled(record.key());
        }
        PluginHost.RegisteredConnector registered = plugins.connectors().get(record.channelType());
        if (registered == null) {
            throw ChannelUnavailableException.pluginMissing(record.key(), record.channelType());
        }
        OpenInstance current = open.compute(record.id(), (id, existing) -> {
            if (existing != null && existing.matches(record, registered)) {
                return existing;
            }
            if (existing != null) {
                closeQuietly(existing);
            }
            return openInstance(record, registered);
        });
        openByKey.put(record.key(), current);
        return current.runtime();
    }

    private OpenInstance openInstance(ChannelInstanceRecord record, PluginHost.RegisteredConnector registered) {
        ChannelConnector connector = registered.connector();
        ConfigValues config = connector.configSchema().resolve(record.allValues());
        var context = new HostChannelContext(record.key(), config, webhookUrl(record.key()), record.signingKey(), clock,
                new PluginLogger("plugin." + registered.pluginId() + "." + record.key()), http,
                (topic, event, data) -> live.publishToTopic(record.key() + "/" + topic, event, data),
                new ChannelStateStore(jdbi, record.id()), new HistoryReader(jdbi, record.id()), ringList::now);
        ChannelInstance instance;
        try {
            instance = connector.open(context);
        } catch (io.switchboard.host.plugins.PluginCallException e) {
            throw io.switchboard.host.problem.Problem.unavailable("channel instance '" + record.key() + "' could not"
                    + " be opened by its plugin (" + e.getMessage() + ")");
        }
        LOG.info("Opened channel instance {} ({}) from plugin {}", record.key(), record.channelType(),
                registered.pluginId());
        return new OpenInstance(record.updatedAt(), connector, new ChannelRuntime(record.id(), record.key(),
                connector.type(), registered.pluginId(), instance));
    }

    private void closeInstancesOf(String pluginId) {
        open.values().stream().filter(instance -> instance.runtime().pluginId().equals(pluginId))
                .map(instance -> instance.runtime().instanceId()).toList().forEach(this::invalidate);
    }

    private static void closeQuietly(OpenInstance instance) {
        try {
            instance.runtime().instance().close();
        } catch (RuntimeException e) {
            LOG.warn("Channel instance {} failed to close", instance.runtime().key(), e);
        }
    }

    @Override
    public void close() {
        open.values().forEach(ChannelRegistry::closeQuietly);
        open.clear();
        openByKey.clear();
        httpThreads.shutdownNow();
    }

    private record OpenInstance(java.time.Instant configuredAt, ChannelConnector connector, ChannelRuntime runtime) {
        boolean matches(ChannelInstanceRecord record, PluginHost.RegisteredConnector registered) {
            return configuredAt.equals(record.updatedAt()) && connector == registered.connector();
        }
    }
}
