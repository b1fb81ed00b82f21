package io.switchboard.plugins.email;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A real, in-memory stand-in for the host's context: a fixed clock and state in a map. */
final class InMemoryChannelContext implements ChannelContext {

    static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

    private final ConfigValues config;
    private final Map<String, String> state = new ConcurrentHashMap<>();

    InMemoryChannelContext(Map<String, String> rawConfig) {
        this.config = new EmailConnector().configSchema().resolve(rawConfig);
    }

    @Override
    public String instanceKey() {
        return "email-test";
    }

    @Override
    public ConfigValues config() {
        return config;
    }

    @Override
    public URI webhookUrl() {
        return URI.create("https://desk.example.com/webhooks/email-test");
    }

    @Override
    public String signingKey() {
        return "c2lnbmluZy1rZXktb2YtdGhlLWVtYWlsLXRlc3QtaW5zdGFuY2U=";
    }

    @Override
    public Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("email-test");
    }

    @Override
    public HttpClient http() {
        throw new UnsupportedOperationException("the email channel makes no HTTP calls");
    }

    @Override
    public LiveTopics live() {
        return (topic, event, data) -> { };
    }

    @Override
    public ChannelState state() {
        return new ChannelState() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(state.get(key));
            }

            @Override
            public void put(String key, String value) {
                state.put(key, value);
            }

            @Override
            public void remove(String key) {
                state.remove(key);
            }
        };
    }

    @Override
    public ChannelHistory history() {
        return (Address address, int limit) -> List.<HistoryEntry>of();
    }
}
