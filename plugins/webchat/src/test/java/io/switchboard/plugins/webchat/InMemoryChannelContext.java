package io.switchboard.plugins.webchat;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.ChannelContext;
import io.switchboard.api.channel.ChannelHistory;
import io.switchboard.api.channel.ChannelState;
import io.switchboard.api.channel.HistoryEntry;
import io.switchboard.api.channel.LiveTopics;
import io.switchboard.api.config.ConfigValues;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real, in-memory stand-in for the host: a fixed clock, recorded live publications, and
 * state and history kept in maps.
 */
final class InMemoryChannelContext implements ChannelContext {

    /** The instant the fixed clock always shows. */
    static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

    private final ConfigValues config;
    private final String signingKey;
    private final RecordingLiveTopics live = new RecordingLiveTopics();
    private final InMemoryState state = new InMemoryState();
    private final InMemoryHistory history = new InMemoryHistory();

    InMemoryChannelContext(Map<String, String> rawConfig, String signingKey) {
        this.config = new WebChatConnector().configSchema().resolve(rawConfig);
        this.signingKey = signingKey;
    }

    /** A context with the given raw configuration and a fixed 32-byte signing key. */
    static InMemoryChannelContext withConfig(Map<String, String> rawConfig) {
        return new InMemoryChannelContext(rawConfig, key((byte) 7));
    }

    /** A base64 signing key of 32 equal bytes. */
    static String key(byte fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, fill);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public String instanceKey() {
        return "wc-test";
    }

    @Override
    public ConfigValues config() {
        return config;
    }

    @Override
    public URI webhookUrl() {
        return URI.create("https://desk.example.com/webhooks/wc-test");
    }

    @Override
    public String signingKey() {
        return signingKey;
    }

    @Override
    public Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("webchat-test");
    }

    @Override
    public HttpClient http() {
        throw new UnsupportedOperationException("web chat makes no provider calls");
    }

    @Override
    public RecordingLiveTopics live() {
        return live;
    }

    @Override
    public InMemoryState state() {
        return state;
    }

    @Override
    public InMemoryHistory history() {
        return history;
    }

    /** One call of {@link LiveTopics#publish}. */
    record Publication(String topic, String event, String data) {
    }

    /** Records every publication instead of streaming it. */
    static final class RecordingLiveTopics implements LiveTopics {
        private final List<Publication> published = new CopyOnWriteArrayList<>();

        @Override
        public void publish(String topic, String event, String data) {
            published.add(new Publication(topic, event, data));
        }

        List<Publication> published() {
            return List.copyOf(published);
        }
    }

    /** Durable state kept in a map. */
    static final class InMemoryState implements ChannelState {
        private final Map<String, String> values = new ConcurrentHashMap<>();

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void put(String key, String value) {
            values.put(key, value);
        }

        @Override
        public void remove(String key) {
            values.remove(key);
        }
    }

    /** Message history per address, oldest first; remembers the limits it was asked for. */
    static final class InMemoryHistory implements ChannelHistory {
        private final Map<Address, List<HistoryEntry>> entries = new ConcurrentHashMap<>();
        private final List<Integer> requestedLimits = new CopyOnWriteArrayList<>();

        void add(Address address, HistoryEntry entry) {
            entries.computeIfAbsent(address, a -> new CopyOnWriteArrayList<>()).add(entry);
        }

        @Override
        public List<HistoryEntry> recent(Address address, int limit) {
            requestedLimits.add(limit);
            List<HistoryEntry> all = new ArrayList<>(entries.getOrDefault(address, List.of()));
            return List.copyOf(all.subList(Math.max(0, all.size() - limit), all.size()));
        }

        List<Integer> requestedLimits() {
            return List.copyOf(requestedLimits);
        }
    }
}
