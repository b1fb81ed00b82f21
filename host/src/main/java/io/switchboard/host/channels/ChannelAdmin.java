package io.switchboard.host.channels;

import io.switchboard.api.channel.ChannelConnector;
import io.switchboard.api.config.ConfigField;
import io.switchboard.api.config.ConfigProblem;
import io.switchboard.api.config.ConfigSchema;
import io.switchboard.host.plugins.PluginHost;
import io.switchboard.host.problem.Problem;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Admin operations on channel instances: every configuration is validated against the
 * plugin's schema (then the plugin's own checks) before it is stored; secret fields are
 * split off, encrypted, and only ever reported as "set".
 */
public final class ChannelAdmin {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");
    private static final String KEY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ChannelInstanceStore store;
    private final ChannelRegistry registry;
    private final PluginHost plugins;
    private final PollScheduler polling;

    public ChannelAdmin(ChannelInstanceStore store, ChannelRegistry registry, PluginHost plugins,
                        PollScheduler polling) {
        this.store = store;
        this.registry = registry;
        this.plugins = plugins;
        this.polling = polling;
    }

    public List<ChannelTypeView> types() {
        return plugins.connectors().entrySet().stream().map(e -> {
            ChannelConnector c = e.getValue().connector();
            return new ChannelTypeView(c.type().id(), c.type().displayName(), e.getValue().pluginId(),
                    c.type().addressKind().id(), c.type().capabilities(), c.configSchema().fields());
        }).sorted(java.util.Comparator.comparing(ChannelTypeView::displayName)).toList();
    }

    public List<ChannelInstanceView> list() {
        return store.list().stream().map(this::view).toList();
    }

    public ChannelInstanceView get(long id) {
        return view(find(id));
    }

    public ChannelInstanceView create(String channelType, String name, String requestedKey,
                                      Map<String, String> values) {
        ChannelConnector connector = connector(channelType);
        String key = requestedKey == null || requestedKey.isBlank() ? newKey(channelType) : requestedKey.strip();
        if (!KEY.matcher(key).matches()) {
            throw Problem.badRequest("key must be 3 to 64 characters of a-z, 0-9 and '-', starting with a letter"
                    + " or digit");
        }
        if (store.keyTaken(key)) {
            throw Problem.conflict("the key '" + key + "' is taken: keys of deleted instances are never reused, so an"
                    + " old webhook URL can never reach a different channel");
        }
        validate(connector, values);
        Split split = split(connector.configSchema(), values);
        return view(store.create(key, channelType, requireName(name), split.config(), split.secrets()));
    }

    /** Updates name, values and enabled flag; a secret left blank keeps its stored value. */
    public ChannelInstanceView update(long id, String name, Map<String, String> values, Boolean enabled) {
        ChannelInstanceRecord current = find(id);
        if ((values == null || values.isEmpty()) && !plugins.connectors().containsKey(current.channelType())) {
            // Renaming or disabling must work even while the channel's plugin is gone.
            store.update(id, name == null ? current.name() : requireName(name), current.config(), current.secrets(),
                    enabled == null ? current.enabled() : enabled);
            registry.invalidate(id);
            return get(id);
        }
        ChannelConnector connector = connector(current.channelType());
        Map<String, String> merged = new HashMap<>(current.allValues());
        if (values != null) {
            values.forEach((k, v) -> {
                boolean secret = connector.configSchema().field(k).map(ConfigField::secret).orElse(false);
                if (!(secret && (v == null || v.isBlank()))) {
                    merged.put(k, v);
                }
            });
        }
        validate(connector, merged);
        Split split = split(connector.configSchema(), merged);
        store.update(id, name == null ? current.name() : requireName(name), split.config(), split.secrets(),
                enabled == null ? current.enabled() : enabled);
        registry.invalidate(id);
        return get(id);
    }

    /** Polls a pull channel (a mailbox) now instead of at its next interval. */
    public void pollNow(long id) {
        ChannelInstanceRecord record = find(id);
        PluginHost.RegisteredConnector registered = plugins.connectors().get(record.channelType());
        if (registered == null || !record.enabled()) {
            throw Problem.conflict("the channel is disabled or its plugin is not started, so it is not polled");
        }
        if (registered.connector().type().capabilities().ingest() != io.switchboard.api.channel.IngestMode.PULL) {
            throw Problem.conflict("a " + record.channelType() + " channel receives its messages by webhook and is"
                    + " never polled");
        }
        polling.pollSoon(id);
    }

    public void delete(long id) {
        find(id);
        store.delete(id);
        registry.invalidate(id);
    }

    private ChannelInstanceRecord find(long id) {
        return store.find(id).orElseThrow(() -> Problem.notFound("no channel instance with id " + id));
    }

    private ChannelConnector connector(String channelType) {
        PluginHost.RegisteredConnector registered = plugins.connectors().get(channelType);
        if (registered == null) {
            throw Problem.unprocessable("Unknown channel type", "no started plugin provides the channel type '"
                    + channelType + "'; installed types: " + plugins.connectors().keySet(), Map.of());
        }
        return registered.connector();
    }

    private static void validate(ChannelConnector connector, Map<String, String> values) {
        ConfigSchema schema = connector.configSchema();
        List<ConfigProblem> problems = schema.validate(values);
        if (problems.isEmpty()) {
            problems = connector.validate(schema.resolve(values));
        }
        if (!problems.isEmpty()) {
            throw Problem.unprocessable("Invalid channel configuration", problems.stream()
                    .map(ConfigProblem::message).reduce((a, b) -> a + "; " + b).orElse(""), Map.of("errors",
                    problems));
        }
    }

    private static Split split(ConfigSchema schema, Map<String, String> values) {
        Map<String, String> config = new HashMap<>();
        Map<String, String> secrets = new HashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                (schema.field(k).map(ConfigField::secret).orElse(false) ? secrets : config).put(k, v.strip());
            }
        });
        return new Split(config, secrets);
    }

    private ChannelInstanceView view(ChannelInstanceRecord r) {
        String status = !r.enabled() ? "disabled"
                : plugins.connectors().containsKey(r.channelType()) ? "active" : "plugin_unavailable";
        return new ChannelInstanceView(r.id(), r.key(), r.channelType(), r.name(), r.enabled(), status, r.config(),
                r.secrets().keySet().stream().sorted().toList(), registry.webhookUrl(r.key()).toString(),
                r.createdAt(), r.updatedAt());
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw Problem.badRequest("name is required (at most 200 characters)");
        }
        return name.strip();
    }

    private static String newKey(String channelType) {
        StringBuilder key = new StringBuilder(channelType).append('-');
        for (int i = 0; i < 8; i++) {
            key.append(KEY_ALPHABET.charAt(RANDOM.nextInt(KEY_ALPHABET.length())));
        }
        return key.toString();
    }

    private record Split(Map<String, String> config, Map<String, String> secrets) {
    }
}
