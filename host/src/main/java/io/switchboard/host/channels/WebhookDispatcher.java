package io.switchboard.host.channels;

import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.host.conversations.InboundIngestor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes a webhook to its channel instance, stores what the plugin made of it, and only then
 * returns the answer for the provider: an acknowledged webhook is always committed.
 */
public final class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

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
        } catch (RuntimeException e) {
            LOG.error("Plugin {} failed on a webhook for channel {}", runtime.pluginId(), key, e);
            return WebhookResponse.problem(500, "Channel plugin failed",
                    "the " + runtime.type().id() + " plugin could not handle this request; nothing was stored");
        }
        if (result == null) {
            LOG.error("Plugin {} returned no webhook result for channel {}", runtime.pluginId(), key);
            return WebhookResponse.problem(500, "Channel plugin failed", "the plugin returned no answer");
        }
        ingestor.ingest(runtime.inbound(), result.events());
        return result.response();
    }
}
