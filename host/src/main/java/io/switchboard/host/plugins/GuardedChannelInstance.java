package io.switchboard.host.plugins;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.Attachment;
import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.OutboundCall;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.api.channel.PollResult;
import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResult;
import java.util.Optional;

/** An open channel instance whose every call goes through the {@link PluginGuard}. */
final class GuardedChannelInstance implements ChannelInstance {

    private final String pluginId;
    private final ChannelInstance plugin;
    private final PluginGuard guard;

    GuardedChannelInstance(String pluginId, ChannelInstance plugin, PluginGuard guard) {
        this.pluginId = pluginId;
        this.plugin = plugin;
        this.guard = guard;
    }

    @Override
    public WebhookResult onWebhook(WebhookRequest request) {
        return guard.call(pluginId, "onWebhook", guard.policyFor(pluginId).timeout(), () -> plugin.onWebhook(request),
                result -> result.response() == null ? "answered without an HTTP response"
                        : result.events() == null ? "returned no event list" : null);
    }

    @Override
    public PollResult poll(String cursor) {
        return guard.call(pluginId, "poll", guard.policyFor(pluginId).longTimeout(), () -> plugin.poll(cursor),
                result -> result.events() == null ? "returned no event list" : null);
    }

    @Override
    public DeliveryResult deliver(OutboundMessage message) {
        return guard.callLong(pluginId, "deliver", () -> plugin.deliver(message));
    }

    @Override
    public DeliveryResult placeCall(OutboundCall call) {
        return guard.callLong(pluginId, "placeCall", () -> plugin.placeCall(call));
    }

    @Override
    public Optional<Attachment> fetchAttachment(String providerRef) {
        return guard.callLong(pluginId, "fetchAttachment", () -> plugin.fetchAttachment(providerRef));
    }

    @Override
    public Optional<String> sendBlocked(Address recipient) {
        return guard.call(pluginId, "sendBlocked", () -> plugin.sendBlocked(recipient));
    }

    @Override
    public void close() {
        guard.run(pluginId, "close", plugin::close);
    }
}
