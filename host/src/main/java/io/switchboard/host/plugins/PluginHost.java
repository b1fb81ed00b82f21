package io.switchboard.host.plugins;

import io.switchboard.api.channel.ChannelConnector;
import io.switchboard.api.metric.MetricType;
import io.switchboard.api.survey.SurveyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's only door to PF4J. Admin operations are serialised (PF4J's manager is not
 * thread-safe); listeners hear about plugins that stop so their channel instances close.
 */
public final class PluginHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    private final PluginManager manager;
    private final PluginSettingsStore settings;
    private final List<Consumer<String>> stopListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> startListeners = new CopyOnWriteArrayList<>();
    private volatile Map<String, RegisteredConnector> connectorsByType = Map.of();

    public PluginHost(List<Path> roots, Jdbi jdbi, Clock clock) {
        for (Path root : roots) {
            try {
                Files.createDirectories(root);
            } catch (java.io.IOException e) {
                LOG.warn("Plugin directory {} cannot be created: {}", root, e.getMessage());
            }
        }
        this.settings = new PluginSettingsStore(jdbi, clock);
        this.manager = new SwitchboardPluginManager(roots, settings);
    }

    /** Loads every plugin found and starts the enabled ones; failures are kept, not thrown. */
    public synchronized void start() {
        manager.loadPlugins();
        manager.startPlugins();
        connectorsByType = collectConnectors();
        for (PluginWrapper plugin : manager.getPlugins()) {
            LOG.info("Plugin {} {}: {}", plugin.getPluginId(), plugin.getDescriptor().getVersion(),
                    describeState(plugin));
        }
    }

    /** The version {@code Plugin-Requires} ranges are checked against: the plugin API's. */
    public String systemVersion() {
        return manager.getSystemVersion();
    }

    public void onPluginStopped(Consumer<String> listener) {
        stopListeners.add(listener);
    }

    public void onPluginStarted(Consumer<String> listener) {
        startListeners.add(listener);
    }

    public synchronized List<PluginInfo> list() {
        return manager.getPlugins().stream().map(this::info).toList();
    }

    public synchronized Optional<PluginInfo> find(String pluginId) {
        return Optional.ofNullable(manager.getPlugin(pluginId)).map(this::info);
    }

    public synchronized PluginInfo enable(String pluginId) {
        requirePlugin(pluginId);
        manager.enablePlugin(pluginId);
        manager.startPlugin(pluginId);
        connectorsByType = collectConnectors();
        notify(startListeners, pluginId);
        return info(manager.getPlugin(pluginId));
    }

    public synchronized PluginInfo disable(String pluginId) {
        requirePlugin(pluginId);
        // No new instance may open while the open ones close and the plugin stops.
        Map<String, RegisteredConnector> remaining = new LinkedHashMap<>(connectorsByType);
        remaining.values().removeIf(c -> c.pluginId().equals(pluginId));
        connectorsByType = Map.copyOf(remaining);
        notify(stopListeners, pluginId);
        manager.disablePlugin(pluginId);
        connectorsByType = collectConnectors();
        return info(manager.getPlugin(pluginId));
    }

    /** Channel connectors of started plugins by channel type id; cheap, read on every webhook. */
    public Map<String, RegisteredConnector> connectors() {
        return connectorsByType;
    }

    /** Metric types of the started plugins, in load order (the metrics feature reads them on start/stop). */
    public synchronized List<MetricType> metricTypes() {
        return metricTypesExcept(null);
    }

    /** As {@link #metricTypes()} without one plugin's (stop listeners run while it is still started). */
    public synchronized List<MetricType> metricTypesExcept(String stoppingPluginId) {
        List<MetricType> types = new ArrayList<>();
        for (PluginWrapper plugin : manager.getStartedPlugins()) {
            if (!plugin.getPluginId().equals(stoppingPluginId)) {
                types.addAll(manager.getExtensions(MetricType.class, plugin.getPluginId()));
            }
        }
        return List.copyOf(types);
    }

    /** The first plugin to declare a channel type owns it; later ones are ignored with a warning. */
    private Map<String, RegisteredConnector> collectConnectors() {
        Map<String, RegisteredConnector> byType = new LinkedHashMap<>();
        for (PluginWrapper plugin : manager.getStartedPlugins()) {
            for (ChannelConnector connector : manager.getExtensions(ChannelConnector.class, plugin.getPluginId())) {
                String type = connector.type().id();
                if (byType.putIfAbsent(type, new RegisteredConnector(plugin.getPluginId(), connector)) != null) {
                    LOG.warn("Plugin {} also declares channel type '{}'; ignored, {} owns it", plugin.getPluginId(),
                            type, byType.get(type).pluginId());
                }
            }
        }
        return Map.copyOf(byType);
    }

    @Override
    public synchronized void close() {
        manager.stopPlugins();
        manager.unloadPlugins();
    }

    private void requirePlugin(String pluginId) {
        if (manager.getPlugin(pluginId) == null) {
            throw new UnknownPluginException(pluginId);
        }
    }

    private static void notify(List<Consumer<String>> listeners, String pluginId) {
        for (Consumer<String> listener : listeners) {
            try {
                listener.accept(pluginId);
            } catch (RuntimeException e) {
                LOG.warn("A plugin listener failed for plugin {}", pluginId, e);
            }
        }
    }

    private PluginInfo info(PluginWrapper plugin) {
        var descriptor = plugin.getDescriptor();
        boolean started = plugin.getPluginState() == PluginState.STARTED;
        String id = plugin.getPluginId();
        List<String> channels = new ArrayList<>();
        List<String> surveys = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        if (started) {
            manager.getExtensions(ChannelConnector.class, id).forEach(c -> channels.add(c.type().id()));
            manager.getExtensions(SurveyType.class, id).forEach(s -> surveys.add(s.definition().id()));
            manager.getExtensions(MetricType.class, id).forEach(m -> metrics.add(m.definition().id()));
        }
        return new PluginInfo(id, descriptor.getVersion(), descriptor.getProvider(), descriptor.getPluginDescription(),
                descriptor.getRequires(), plugin.getPluginState().toString().toLowerCase(Locale.ROOT),
                !settings.isPluginDisabled(id), failure(plugin), channels, surveys,
                metrics);
    }

    /** Why a plugin cannot run: an incompatible API range, or what it threw while loading or starting. */
    private String failure(PluginWrapper plugin) {
        String requires = plugin.getDescriptor().getRequires();
        if (requires != null && !requires.isBlank() && !"*".equals(requires.strip())
                && !manager.getVersionManager().checkVersionConstraint(manager.getSystemVersion(), requires)) {
            return "needs plugin API " + requires + ", but this desk provides plugin API "
                    + manager.getSystemVersion();
        }
        Throwable failed = plugin.getFailedException();
        return failed == null ? null : failed.getClass().getSimpleName() + ": " + failed.getMessage();
    }

    private String describeState(PluginWrapper plugin) {
        String failure = failure(plugin);
        return plugin.getPluginState() + (failure == null ? "" : " (" + failure + ")");
    }

    /** A channel connector and the plugin that contributed it. */
    public record RegisteredConnector(String pluginId, ChannelConnector connector) {
    }
}
