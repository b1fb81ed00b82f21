package io.switchboard.plugins.messenger;

import io.switchboard.api.channel.Attachment;
import io.switchboard.api.channel.ChannelContext;
import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.plugins.meta.GraphClient;
import io.switchboard.plugins.meta.MetaAccount;
import io.switchboard.plugins.meta.MetaWebhook;
import java.util.Optional;

/**
 * One Facebook Page: receives its webhooks, sends agent replies and fetches attachments
 * customers sent. Its only mutable state lives in the host's durable channel state.
 */
public final class MessengerInstance implements ChannelInstance {

    private final MetaWebhook webhook;
    private final MessengerSender sender;
    private final MessengerAttachments attachments;

    /**
     * Opens the instance; makes no network call.
     *
     * @param context the instance's configuration and host services
     */
    public MessengerInstance(ChannelContext context) {
        MetaAccount account = MetaAccount.from(context.config());
        GraphClient graph = new GraphClient(context.http(), account);
        SentLog sent = new SentLog(context.state());
        MessengerProfiles profiles = new MessengerProfiles(graph, context.state(), context.clock(), context.logger());
        this.webhook = new MetaWebhook(account, MessengerPayload.OBJECT, new MessengerPayload(
                context.config().require(MessengerConnector.PAGE_ID), profiles, sent, context.clock(),
                context.logger()));
        this.sender = new MessengerSender(graph, sent, context.clock());
        this.attachments = new MessengerAttachments(graph);
    }

    @Override
    public WebhookResult onWebhook(WebhookRequest request) {
        return webhook.handle(request);
    }

    @Override
    public DeliveryResult deliver(OutboundMessage message) throws InterruptedException {
        return sender.deliver(message);
    }

    @Override
    public Optional<Attachment> fetchAttachment(String providerRef) throws Exception {
        return attachments.fetch(providerRef);
    }
}
