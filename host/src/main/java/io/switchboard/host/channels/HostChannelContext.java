package io.switchboard.host.channels;

import io.switchboard.api.channel.AvailableAgent;
import io.switchboard.api.channel.ChannelContext;
import io.switchboard.api.channel.ChannelHistory;
import io.switchboard.api.channel.ChannelState;
import io.switchboard.api.channel.LiveTopics;
import io.switchboard.api.config.ConfigValues;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/** The {@link ChannelContext} of one open instance. */
record HostChannelContext(String instanceKey, ConfigValues config, URI webhookUrl, String signingKey, Clock clock,
                          System.Logger logger, HttpClient http, LiveTopics live, ChannelState state,
                          ChannelHistory history, Supplier<List<AvailableAgent>> agents) implements ChannelContext {

    @Override
    public List<AvailableAgent> availableAgents() {
        return List.copyOf(agents.get());
    }
}
