package io.switchboard.host.channels;

import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.host.conversations.InboundIngestor;
import io.switchboard.host.plugins.PluginCallException;

/**
 * Routes a webhook to its channel instance, stores what the plugin made of it, and only then
 * returns the answer for the provider: an acknowledged webhook is always committed.
 */
public final class WebhookDispatcher {

    static final String RETRY_AFTER_SECONDS = "30";

    private final ChannelRegistry registry;
    private final InboundIngestor ingestor;

    public WebhookDispatcher(ChannelRegistry registry, InboundIngestor ingestor) {
        this.registry = registry;
        this.ingestor = ingestor;
    }

    public WebhookResponse dispatch(String key, WebhookRequest request) {
        ChannelRuntime runtime = registry.require(key);
        WebhookResult result;
        try {
            result = runtime.instance().onWebhook(request);
        } catch (PluginCallException e) {
            // Already counted and logged by the guard; nothing was stored, so the provider's retry is safe.
            if (e.kind() == PluginCallException.Kind.TIMED_OUT || e.kind() == PluginCallException.Kind.OVERLOADED) {
                return WebhookResponse.problem(503, "Channel plugin busy", "the " + runtime.type().id()
                        + " plugin did not answer in time; nothing was stored, retry later")
                        .withHeader("Retry-After", RETRY_AFTER_SECONDS);
            }
            return WebhookResponse.problem(500, "Channel plugin failed", "the " + runtime.type().id()
                    + " plugin could not handle this request; nothing was stored");
        }
        ingestor.ingest(runtime.inbound(), result.events());
        return result.response();
    }
}
