package io.switchboard.plugins.sms;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.Attachment;
import io.switchboard.api.channel.ChannelContext;
import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.plugins.twilio.FormFields;
import io.switchboard.plugins.twilio.TwilioRestClient;
import io.switchboard.plugins.twilio.WebhookProblem;
import java.util.Optional;

/**
 * One Twilio number used for SMS: its webhook URL takes incoming messages (the root) and
 * delivery status callbacks ({@code /status}), every request signature-checked; replies go out
 * through the Messages API. Holds no mutable state of its own (opt-outs live in the host's
 * durable channel state), so the host may call it from any thread.
 */
public final class SmsInstance implements ChannelInstance {

    static final String STATUS_PATH = "/status";

    private final SmsSettings settings;
    private final TwilioRestClient rest;
    private final InboundSms inbound;
    private final StatusCallbacks statuses;
    private final SmsSender sender;
    private final OptOutList optOuts;

    /**
     * Opens the instance.
     *
     * @param context the instance's configuration and host services
     */
    public SmsInstance(ChannelContext context) {
        this.settings = SmsSettings.from(context);
        this.rest = new TwilioRestClient(context.http(), settings.account());
        this.optOuts = new OptOutList(context.state());
        this.inbound = new InboundSms(context.clock(), optOuts);
        this.statuses = new StatusCallbacks(context.clock());
        this.sender = new SmsSender(rest, settings, optOuts);
    }

    @Override
    public WebhookResult onWebhook(WebhookRequest request) {
        try {
            FormFields form = settings.verifier().verify(request);
            return switch (request.subPath()) {
                case "/" -> inbound.receive(form);
                case STATUS_PATH -> statuses.update(form);
                default -> throw WebhookProblem.notFound("the SMS channel serves its webhook URL (incoming messages)"
                        + " and " + STATUS_PATH + " (delivery status), not " + request.subPath());
            };
        } catch (WebhookProblem problem) {
            return problem.result();
        }
    }

    @Override
    public DeliveryResult deliver(OutboundMessage message) {
        return sender.deliver(message);
    }

    /** A number that replied STOP may not be messaged until it texts START. */
    @Override
    public Optional<String> sendBlocked(Address recipient) {
        return optOuts.since(recipient).map(at -> "the customer opted out of SMS with STOP");
    }

    @Override
    public Optional<Attachment> fetchAttachment(String providerRef) throws Exception {
        return rest.download(providerRef).map(media -> Attachment.ofBytes(
                MmsMedia.filename(providerRef, media.contentType()), media.contentType(), media.content()));
    }
}
