package io.switchboard.plugins.meta;

import io.switchboard.api.channel.Address;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real, in-memory stand-in for the host: the channel's configuration resolved against its
 * schema, a clock tests move by hand, a real HTTP client and state kept in a map.
 */
public final class MetaTestContext implements ChannelContext {

    /** Where the clock starts. */
    public static final Instant START = Instant.parse("2026-03-01T10:15:30Z");

    private final ConfigValues config;
    private final MovableClock clock = new MovableClock();
    private final InMemoryState state = new InMemoryState();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** A context whose configuration is the raw values resolved against a schema. */
    public MetaTestContext(ConfigSchema schema, Map<String, String> raw) {
        this.config = schema.resolve(raw);
    }

    /** Moves the clock forward. */
    public void advance(Duration duration) {
        clock.now = clock.now.plus(duration);
    }

    @Override
    public String instanceKey() {
        return "meta-test";
    }

    @Override
    public ConfigValues config() {
        return config;
    }

    @Override
    public URI webhookUrl() {
        return URI.create("https://desk.example.com/webhooks/meta-test");
    }

    @Override
    public String signingKey() {
        return "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("meta-test");
    }

    @Override
    public HttpClient http() {
        return http;
    }

    @Override
    public LiveTopics live() {
        return (topic, event, data) -> {
            throw new UnsupportedOperationException("Meta channels publish nothing live");
        };
    }

    @Override
    public InMemoryState state() {
        return state;
    }

    @Override
    public ChannelHistory history() {
        return new ChannelHistory() {
            @Override
            public List<HistoryEntry> recent(Address address, int limit) {
                return List.of();
            }
        };
    }

    /** Durable state kept in a map. */
    public static final class InMemoryState implements ChannelState {
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

    private static final class MovableClock extends Clock {
        private volatile Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
