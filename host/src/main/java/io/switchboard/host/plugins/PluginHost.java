package io.switchboard.host.plugins;

import io.switchboard.api.channel.ChannelConnector;
import io.switchboard.api.metric.MetricType;
import io.switchboard.api.survey.SurveyType;
import io.switchboard.host.audit.Actor;
import io.switchboard.host.audit.AuditLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 * Channel connectors are handed out wrapped in the {@link PluginGuard}, built once per start of
 * their plugin, so an admin action on one plugin never reopens another plugin's instances.
 * Uploads, upgrades and removal are in {@link PluginInstaller}.
 */
public final class PluginHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    final PluginManager manager;
    final PluginSettingsStore settings;
    final PluginGuard guard;
    final AuditLog audit;
    final Path installDir;
    private final PluginInstaller installer;
    private final SigningKeys signingKeys;
    private final List<Consumer<String>> stopListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> startListeners = new CopyOnWriteArrayList<>();
    private final Map<String, List<GuardedChannelConnector>> connectorsByPlugin = new ConcurrentHashMap<>();
    private final Map<String, List<String>> lastChannelTypes = new ConcurrentHashMap<>();
    private final Map<String, String> stoppedBecause = new ConcurrentHashMap<>();
    private volatile Map<String, RegisteredConnector> connectorsByType = Map.of();
    private volatile Map<String, SurveyType> surveysById = Map.of();

    /**
     * @param roots bundled plugin directories, read-only
     * @param dataDir uploaded plugins are installed to {@code dataDir/plugins} (always loaded too)
     */
    public PluginHost(List<Path> roots, Path dataDir, Jdbi jdbi, Clock clock, AuditLog audit) {
        this.installDir = dataDir.resolve("plugins").toAbsolutePath().normalize();
        List<Path> all = new ArrayList<>(roots.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        if (!all.contains(installDir)) {
            all.add(installDir);
        }
        for (Path root : all) {
            try {
                Files.createDirectories(root);
            } catch (IOException e) {
                LOG.warn("Plugin directory {} cannot be created: {}", root, e.getMessage());
            }
        }
        this.audit = audit;
        this.settings = new PluginSettingsStore(jdbi, clock);
        this.manager = new SwitchboardPluginManager(all, settings);
        this.guard = new PluginGuard(clock, this::classLoaderOf);
        this.signingKeys = new SigningKeys(jdbi, clock);
        this.installer = new PluginInstaller(this, new PluginUploads(dataDir.resolve("plugin-uploads"), signingKeys));
        guard.onRepeatedFailure(this::stopFaulty);
    }

    /** Loads every plugin found and starts the enabled ones; failures are kept, not thrown. */
    public synchronized void start() {
        manager.loadPlugins();
        manager.startPlugins();
        for (PluginWrapper plugin : manager.getStartedPlugins()) {
            wrapConnectors(plugin.getPluginId());
        }
        publishConnectors();
        for (PluginWrapper plugin : manager.getPlugins()) {
            LOG.info("Plugin {} {}: {}", plugin.getPluginId(), plugin.getDescriptor().getVersion(),
                    describeState(plugin));
        }
    }

    /** The version {@code Plugin-Requires} ranges are checked against: the plugin API's. */
    public String systemVersion() {
        return manager.getSystemVersion();
    }

    public PluginGuard guard() {
        return guard;
    }

    public SigningKeys signingKeys() {
        return signingKeys;
    }

    public PluginInstaller installer() {
        return installer;
    }

    /** The class loader of a loaded plugin, or null. */
    public ClassLoader classLoaderOf(String pluginId) {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        return plugin == null ? null : plugin.getPluginClassLoader();
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

    public PluginInfo enable(String pluginId) {
        return enable(pluginId, Actor.SYSTEM);
    }

    public synchronized PluginInfo enable(String pluginId, Actor actor) {
        requirePlugin(pluginId);
        manager.enablePlugin(pluginId);
        audit.record(actor, "plugin.enabled", pluginId, null);
        return startAndAnnounce(pluginId, actor);
    }

    public PluginInfo disable(String pluginId) {
        return disable(pluginId, Actor.SYSTEM);
    }

    public synchronized PluginInfo disable(String pluginId, Actor actor) {
        requirePlugin(pluginId);
        stopQuietly(pluginId);
        manager.disablePlugin(pluginId);
        audit.record(actor, "plugin.disabled", pluginId, "its channels answer 503 until it is enabled");
        return info(manager.getPlugin(pluginId));
    }

    /** Starts a stopped (enabled) plugin, such as one the guard stopped. */
    public synchronized PluginInfo startPlugin(String pluginId, Actor actor) {
        requirePlugin(pluginId);
        if (settings.isPluginDisabled(pluginId)) {
            throw io.switchboard.host.problem.Problem.conflict("plugin '" + pluginId + "' is disabled; enable it"
                    + " instead");
        }
        return startAndAnnounce(pluginId, actor);
    }

    /** Stops a plugin until it is started again or the desk restarts (it stays enabled). */
    public synchronized PluginInfo stopPlugin(String pluginId, Actor actor) {
        requirePlugin(pluginId);
        stopQuietly(pluginId);
        audit.record(actor, "plugin.stopped", pluginId, null);
        return info(manager.getPlugin(pluginId));
    }

    private PluginInfo startAndAnnounce(String pluginId, Actor actor) {
        stoppedBecause.remove(pluginId);
        guard.reset(pluginId);
        PluginState state = manager.startPlugin(pluginId);
        if (state == PluginState.STARTED) {
            wrapConnectors(pluginId);
            publishConnectors();
            audit.record(actor, "plugin.started", pluginId, "version " + manager.getPlugin(pluginId).getDescriptor()
                    .getVersion());
            notify(startListeners, pluginId);
        } else {
            audit.record(actor, "plugin.start-failed", pluginId, failure(manager.getPlugin(pluginId)));
        }
        return info(manager.getPlugin(pluginId));
    }

    /** The guard saw too many failures in a row: the plugin stops, the rest of the desk goes on. */
    synchronized void stopFaulty(String pluginId, String reason) {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin == null || plugin.getPluginState() != PluginState.STARTED) {
            return;
        }
        stopQuietly(pluginId);
        stoppedBecause.put(pluginId, reason);
        audit.record(Actor.SYSTEM, "plugin.stopped-automatically", pluginId, reason);
    }

    /** Closes the plugin's open instances first: no new instance may open while it stops. */
    void stopQuietly(String pluginId) {
        rememberChannelTypes(pluginId);
        connectorsByPlugin.remove(pluginId);
        publishConnectors();
        notify(stopListeners, pluginId);
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin != null && plugin.getPluginState() == PluginState.STARTED) {
            manager.stopPlugin(pluginId);
        }
        surveysById = collectSurveys(); // only now is the plugin no longer among the started ones
    }

    /** Channel connectors of started plugins by channel type id; cheap, read on every webhook. */
    public Map<String, RegisteredConnector> connectors() {
        return connectorsByType;
    }

    /** Metric types of the started plugins, in load order (the metrics feature reads them on start/stop). */
    public synchronized List<BatchMetricType> metricTypes() {
        return metricTypesExcept(null);
    }

    /** As {@link #metricTypes()} without one plugin's (stop listeners run while it is still started). */
    public synchronized List<BatchMetricType> metricTypesExcept(String stoppingPluginId) {
        List<BatchMetricType> types = new ArrayList<>();
        for (PluginWrapper plugin : manager.getStartedPlugins()) {
            if (!plugin.getPluginId().equals(stoppingPluginId)) {
                for (MetricType type : manager.getExtensions(MetricType.class, plugin.getPluginId())) {
                    types.add(new GuardedMetricType(plugin.getPluginId(), type, guard));
                }
            }
        }
        return List.copyOf(types);
    }


    /** The channel types a plugin contributes, or contributed when it last ran. */
    public List<String> channelTypesOf(String pluginId) {
        List<GuardedChannelConnector> running = connectorsByPlugin.get(pluginId);
        if (running != null) {
            return running.stream().map(c -> c.type().id()).toList();
        }
        return lastChannelTypes.getOrDefault(pluginId, List.of());
    }

    void rememberChannelTypes(String pluginId) {
        List<GuardedChannelConnector> running = connectorsByPlugin.get(pluginId);
        if (running != null) {
            lastChannelTypes.put(pluginId, running.stream().map(c -> c.type().id()).toList());
        }
    }

    void forget(String pluginId) {
        connectorsByPlugin.remove(pluginId);
        lastChannelTypes.remove(pluginId);
        stoppedBecause.remove(pluginId);
        guard.reset(pluginId);
        publishConnectors();
    }

    void wrapConnectors(String pluginId) {
        List<GuardedChannelConnector> wrapped = new ArrayList<>();
        try {
            for (ChannelConnector connector : manager.getExtensions(ChannelConnector.class, pluginId)) {
                wrapped.add(new GuardedChannelConnector(pluginId, connector, guard));
            }
        } catch (RuntimeException e) {
            LOG.error("Plugin {} cannot describe its channel types; its channels stay unavailable", pluginId, e);
            return;
        }
        connectorsByPlugin.put(pluginId, List.copyOf(wrapped));
        lastChannelTypes.put(pluginId, wrapped.stream().map(c -> c.type().id()).toList());
    }

    /** The first plugin (in load order) to declare a channel type owns it; later ones are ignored with a warning. */
    void publishConnectors() {
        Map<String, RegisteredConnector> byType = new LinkedHashMap<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            for (GuardedChannelConnector connector : connectorsByPlugin.getOrDefault(plugin.getPluginId(), List.of())) {
                String type = connector.type().id();
                if (byType.putIfAbsent(type, new RegisteredConnector(plugin.getPluginId(), connector)) != null) {
                    LOG.warn("Plugin {} also declares channel type '{}'; ignored, {} owns it", plugin.getPluginId(),
                            type, byType.get(type).pluginId());
                }
            }
        }
        connectorsByType = Map.copyOf(byType);
        surveysById = collectSurveys();
    }

    /** Survey types of started plugins by survey id; the first plugin to declare an id owns it. */
    public Map<String, SurveyType> surveyTypes() {
        return surveysById;
    }

    private Map<String, SurveyType> collectSurveys() {
        Map<String, SurveyType> byId = new LinkedHashMap<>();
        for (PluginWrapper plugin : manager.getStartedPlugins()) {
            String pluginId = plugin.getPluginId();
            try {
                for (SurveyType survey : manager.getExtensions(SurveyType.class, pluginId)) {
                    SurveyType guarded = new GuardedSurveyType(pluginId, survey, guard);
                    if (byId.putIfAbsent(guarded.definition().id(), guarded) != null) {
                        LOG.warn("Plugin {} also declares survey '{}'; ignored", pluginId, guarded.definition().id());
                    }
                }
            } catch (RuntimeException e) {
                LOG.error("Plugin {} cannot describe its survey types; they stay unavailable", pluginId, e);
            }
        }
        return java.util.Collections.unmodifiableMap(byId);
    }

    @Override
    public synchronized void close() {
        manager.stopPlugins();
        manager.unloadPlugins();
        connectorsByPlugin.clear();
        connectorsByType = Map.of();
        surveysById = Map.of();
        guard.close();
    }

    void requirePlugin(String pluginId) {
        if (manager.getPlugin(pluginId) == null) {
            throw new UnknownPluginException(pluginId);
        }
    }

    boolean isBundled(PluginWrapper plugin) {
        return !plugin.getPluginPath().toAbsolutePath().normalize().startsWith(installDir);
    }

    void notifyStarted(String pluginId) {
        notify(startListeners, pluginId);
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

    PluginInfo info(PluginWrapper plugin) {
        var descriptor = plugin.getDescriptor();
        boolean started = plugin.getPluginState() == PluginState.STARTED;
        String id = plugin.getPluginId();
        List<String> surveys = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        if (started) {
            try {
                guard.run(id, "describe", () -> {
                    manager.getExtensions(SurveyType.class, id).forEach(t -> surveys.add(t.definition().id()));
                    manager.getExtensions(MetricType.class, id).forEach(m -> metrics.add(m.definition().id()));
                });
            } catch (PluginCallException e) {
                LOG.warn("Plugin {} cannot describe its survey or metric types: {}", id, e.getMessage());
            }
        }
        List<String> channels = started ? channelTypesOf(id) : List.of();
        return new PluginInfo(id, descriptor.getVersion(), descriptor.getProvider(), descriptor.getPluginDescription(),
                descriptor.getRequires(), plugin.getPluginState().toString().toLowerCase(Locale.ROOT),
                !settings.isPluginDisabled(id), failure(plugin), channels, surveys, metrics, isBundled(plugin),
                guard.health(id));
    }

    /** Why a plugin cannot run: an incompatible API range, what it threw, or why the guard stopped it. */
    String failure(PluginWrapper plugin) {
        String requires = plugin.getDescriptor().getRequires();
        if (requires != null && !requires.isBlank() && !"*".equals(requires.strip())
                && !manager.getVersionManager().checkVersionConstraint(manager.getSystemVersion(), requires)) {
            return "needs plugin API " + requires + ", but this desk provides plugin API "
                    + manager.getSystemVersion();
        }
        String stopped = stoppedBecause.get(plugin.getPluginId());
        if (stopped != null && plugin.getPluginState() != PluginState.STARTED) {
            return stopped;
        }
        Throwable failed = plugin.getFailedException();
        return failed == null ? null : failed.getClass().getSimpleName() + ": " + failed.getMessage();
    }

    private String describeState(PluginWrapper plugin) {
        String failure = failure(plugin);
        return plugin.getPluginState() + (failure == null ? "" : " (" + failure + ")");
    }

    /** A channel connector (guarded) and the plugin that contributed it. */
    public record RegisteredConnector(String pluginId, ChannelConnector connector) {
    }
}
