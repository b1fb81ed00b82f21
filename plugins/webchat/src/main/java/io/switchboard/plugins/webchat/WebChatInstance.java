package io.switchboard.plugins.webchat;

import io.switchboard.api.channel.ChannelContext;
import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResult;

/**
 * One web chat widget: serves the visitor endpoints below {@code /webhooks/{key}} and pushes
 * agent replies to visitors. Holds no mutable state, so the host may call it from any thread.
 */
public final class WebChatInstance implements ChannelInstance {

    private final WebChatRoutes routes;
    private final LiveReplies replies;

    /**
     * Opens the instance.
     *
     * @param context the instance's configuration and host services
     * @throws IllegalArgumentException when the host's signing key is unusable
     */
    public WebChatInstance(ChannelContext context) {
        WebChatSettings settings = WebChatSettings.from(context.config());
        VisitorTokens tokens = new VisitorTokens(context.signingKey());
        VisitorAuthenticator auth = new VisitorAuthenticator(tokens);
        VisitorEndpoints visitors = new VisitorEndpoints(tokens);
        MessageEndpoints messages = new MessageEndpoints(context.clock(), context.history());
        WidgetEndpoints widget = new WidgetEndpoints(settings);
        // Built completely here and never changed afterwards, so the final field publishes it safely.
        this.routes = new WebChatRoutes(new CorsPolicy(settings.allowedOrigins()))
                .post("/visitors", visitors::create)
                .post("/contact", auth.required(visitors::saveContact))
                .post("/messages", auth.required(messages::post))
                .get("/messages", auth.required(messages::list))
                .get("/stream", auth.required(messages::stream))
                .get("/config", widget::config)
                .get("/widget.js", widget::script);
        this.replies = new LiveReplies(context.live(), context.clock());
    }

    @Override
    public WebhookResult onWebhook(WebhookRequest request) {
        return routes.dispatch(request);
    }

    @Override
    public DeliveryResult deliver(OutboundMessage message) {
        return replies.deliver(message);
    }
}
