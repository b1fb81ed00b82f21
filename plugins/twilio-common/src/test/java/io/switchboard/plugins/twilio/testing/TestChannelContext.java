package io.switchboard.plugins.twilio.testing;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.AvailableAgent;
import io.switchboard.api.channel.ChannelContext;
import io.switchboard.api.channel.ChannelHistory;
import io.switchboard.api.channel.ChannelState;
import io.switchboard.api.channel.HistoryEntry;
import io.switchboard.api.channel.LiveTopics;
import io.switchboard.api.config.ConfigSchema;
import io.switchboard.api.config.ConfigValues;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real, in-memory stand-in for the host in a Twilio plugin's tests: the configuration
 * resolved through the plugin's schema, a clock the test moves, durable state kept in a map,
 * and a real HTTP client (pointed at a {@link FakeTwilio}).
 */
public final class TestChannelContext implements ChannelContext {

    /** The instance key of the test instance. */
    public static final String KEY = "twilio-test";
    /** The instance's webhook URL as the desk publishes it. */
    public static final String WEBHOOK_URL = "https://desk.example.com/webhooks/" + KEY;

    private final ConfigValues config;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T10:15:30Z"));
    private final MapState state = new MapState();
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile List<AvailableAgent> agents = List.of();

    /**
     * A context with this raw configuration, resolved through the schema as the host does.
     *
     * @param schema the plugin's schema
     * @param rawConfig the values an admin entered
     */
    public TestChannelContext(ConfigSchema schema, Map<String, String> rawConfig) {
        List<?> problems = schema.validate(rawConfig);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid test configuration: " + problems);
        }
        this.config = schema.resolve(rawConfig);
    }

    @Override
    public String instanceKey() {
        return KEY;
    }

    @Override
    public ConfigValues config() {
        return config;
    }

    @Override
    public URI webhookUrl() {
        return URI.create(WEBHOOK_URL);
    }

    @Override
    public String signingKey() {
        return "c2lnbmluZy1rZXktb2YtdGhlLXR3aWxpby10ZXN0LWluc3RhbmNl";
    }

    @Override
    public MovableClock clock() {
        return clock;
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("twilio-test");
    }

    @Override
    public HttpClient http() {
        return http;
    }

    @Override
    public LiveTopics live() {
        return (topic, event, data) -> { };
    }

    @Override
    public MapState state() {
        return state;
    }

    @Override
    public ChannelHistory history() {
        return (Address address, int limit) -> List.<HistoryEntry>of();
    }

    /** Durable state kept in a map, inspectable by tests. */
    public static final class MapState implements ChannelState {
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

        /** Everything stored. */
        public Map<String, String> all() {
            return Map.copyOf(values);
        }
    }

    /** A UTC clock that stands still until the test sets it. */
    public static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        /** Moves the clock to an instant. */
        public void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Override
    public List<AvailableAgent> availableAgents() {
        return agents;
    }

    /**
     * Sets who is online with a phone, as the host would report it.
     *
     * @param online the agents
     */
    public void setAvailableAgents(List<AvailableAgent> online) {
        this.agents = List.copyOf(online);
    }
}
