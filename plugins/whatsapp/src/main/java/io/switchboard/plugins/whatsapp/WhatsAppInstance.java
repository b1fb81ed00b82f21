package io.switchboard.plugins.whatsapp;

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
 * One WhatsApp business phone number: receives its webhooks, sends agent replies and fetches
 * the media customers sent. Immutable after construction, so safe from any thread.
 */
public final class WhatsAppInstance implements ChannelInstance {

    private final MetaWebhook webhook;
    private final WhatsAppSender sender;
    private final WhatsAppMedia media;

    /**
     * Opens the instance; makes no network call.
     *
     * @param context the instance's configuration and host services
     */
    public WhatsAppInstance(ChannelContext context) {
        MetaAccount account = MetaAccount.from(context.config());
        String phoneNumberId = context.config().require(WhatsAppConnector.PHONE_NUMBER_ID);
        GraphClient graph = new GraphClient(context.http(), account);
        this.webhook = new MetaWebhook(account, WhatsAppPayload.OBJECT,
                new WhatsAppPayload(phoneNumberId, context.clock(), context.logger()));
        this.sender = new WhatsAppSender(graph, phoneNumberId);
        this.media = new WhatsAppMedia(graph);
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
        return media.fetch(providerRef);
    }
}
