package io.switchboard.plugins.voice;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.AvailableAgent;
import io.switchboard.api.channel.ChannelContext;
import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.OutboundCall;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.plugins.twilio.FormFields;
import io.switchboard.plugins.twilio.TwilioRestClient;
import io.switchboard.plugins.twilio.WebhookProblem;
import java.util.List;
import java.util.Optional;

/**
 * One Twilio number taking calls. Its webhook URL answers incoming calls with TwiML, and its
 * sub-paths take the call's status, the dialled leg, the voicemail's recording and transcript;
 * every request is signature-checked. It keeps no state: what later callbacks need to know
 * travels in the signed callback URLs, so the host may call it from any thread.
 */
public final class VoiceInstance implements ChannelInstance {

    /** Why a survey is not sent on a voice conversation. */
    static final String NO_TEXT_REPLIES = "voice has no text replies";

    private final VoiceSettings settings;
    private final CallSteering steering;
    private final CallProgress progress;
    private final CallbackDialer dialer;

    /**
     * Opens the instance.
     *
     * @param context the instance's configuration and host services
     */
    public VoiceInstance(ChannelContext context) {
        this.settings = VoiceSettings.from(context);
        CallLinks links = new CallLinks(settings.webhookBase());
        CallFlow flow = new CallFlow(settings, links);
        this.steering = new CallSteering(context.clock(), settings, flow, () -> ringList(context, settings));
        this.progress = new CallProgress(context.clock(), settings);
        this.dialer = new CallbackDialer(new TwilioRestClient(context.http(), settings.account()), settings, flow,
                links);
    }

    /**
     * Whom an incoming call rings: the online agents' phones, or the configured ring number when
     * nobody with a phone is online.
     *
     * @param context the host, which knows who is online
     * @param settings the instance's settings
     * @return the phones, possibly none
     */
    static List<Address> ringList(ChannelContext context, VoiceSettings settings) {
        List<Address> agents = context.availableAgents().stream().map(AvailableAgent::phone).distinct().toList();
        return !agents.isEmpty() ? agents : settings.ringNumber().map(List::of).orElse(List.of());
    }

    @Override
    public WebhookResult onWebhook(WebhookRequest request) {
        try {
            FormFields form = settings.verifier().verify(request);
            return switch (request.subPath()) {
                case CallLinks.INCOMING -> steering.incoming(request, form);
                case CallLinks.DIAL -> steering.dialed(request, form);
                case CallLinks.RECORDED -> steering.recorded(request, form);
                case CallLinks.STATUS -> progress.callStatus(request, form);
                case CallLinks.LEG -> progress.legStatus(request, form);
                case CallLinks.RECORDING -> progress.recordingStatus(request, form);
                case CallLinks.TRANSCRIPTION -> progress.transcription(request, form);
                default -> throw WebhookProblem.notFound("the voice channel does not serve " + request.subPath());
            };
        } catch (WebhookProblem problem) {
            return problem.result();
        }
    }

    /** A voice channel carries calls, not text: the reply is refused with what to do instead. */
    @Override
    public DeliveryResult deliver(OutboundMessage message) {
        return DeliveryResult.failed("no-text-replies", "a voice channel cannot carry text messages; call the"
                + " customer back, or write to them on SMS or WhatsApp");
    }

    /**
     * Messages nobody asked for (satisfaction surveys) are skipped up front: a call has no text
     * channel to carry the question or the customer's answer.
     */
    @Override
    public Optional<String> sendBlocked(Address recipient) {
        return Optional.of(NO_TEXT_REPLIES);
    }

    @Override
    public DeliveryResult placeCall(OutboundCall call) {
        return dialer.place(call);
    }
}
