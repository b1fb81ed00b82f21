package io.switchboard.plugins.voice;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.CallState;
import io.switchboard.api.channel.event.InboundEvent;
import io.switchboard.plugins.twilio.FormFields;
import io.switchboard.plugins.twilio.Twiml;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The webhooks Twilio asks for TwiML: a call coming in, the dialled leg ending, a voicemail
 * recorded. Each answer steers the call, and each says what it learnt about the call.
 */
final class CallSteering {

    /** The {@code DialCallStatus} values that mean the dialled party picked up. */
    private static final Set<String> ANSWERED = Set.of("completed", "answered");

    private final Clock clock;
    private final VoiceSettings settings;
    private final CallFlow flow;
    private final Supplier<List<Address>> ringList;

    CallSteering(Clock clock, VoiceSettings settings, CallFlow flow, Supplier<List<Address>> ringList) {
        this.clock = clock;
        this.settings = settings;
        this.flow = flow;
        this.ringList = ringList;
    }

    /**
     * A call comes in: it is ringing, and it is put through or sent to voicemail.
     *
     * @param request the webhook
     * @param form its parameters ({@code CallSid}, {@code From}, {@code To}, {@code CallStatus})
     * @return the ringing call and the TwiML
     */
    WebhookResult incoming(WebhookRequest request, FormFields form) {
        String sid = form.require("CallSid");
        Instant now = clock.instant();
        CallParties caller = CallParties.of(request, form, sid);
        List<Address> ring = ringList.get();
        CallParties parties = new CallParties(caller.customer(), false, ring.size() == 1 ? ring.get(0) : null);
        InboundEvent ringing = CallNews.about(sid, parties.customer(), settings.phoneNumber(), now)
                .state(CallState.RINGING).event();
        return WebhookResult.accept(List.of(ringing), Twiml.answer(flow.incoming(parties, ring,
                settings.hours().isOpen(now))));
    }

    /**
     * The dialled leg ended ({@code DialCallStatus}, {@code DialCallDuration}): an answered leg
     * tells who talked and for how long; an unanswered incoming call goes to voicemail.
     *
     * @param request the webhook, whose query carries the parties
     * @param form its parameters
     * @return what the leg says about the call, and the TwiML
     */
    WebhookResult dialed(WebhookRequest request, FormFields form) {
        String sid = form.require("CallSid");
        CallParties parties = CallParties.of(request, form, sid);
        boolean answered = ANSWERED.contains(form.get("DialCallStatus").orElse("").toLowerCase(Locale.ROOT));
        List<InboundEvent> events = !answered ? List.of() : List.of(CallNews.about(sid, parties.customer(),
                        settings.phoneNumber(), clock.instant()).answeredBy(parties.agent())
                .talked(form.number("DialCallDuration").map(Duration::ofSeconds).orElse(null)).event());
        return WebhookResult.accept(events, Twiml.answer(flow.afterDial(parties, answered)));
    }

    /**
     * The caller finished a voicemail ({@code RecordingUrl}): the call carries a voicemail.
     *
     * @param request the webhook, whose query carries the parties
     * @param form its parameters
     * @return the voicemail, and TwiML that ends the call
     */
    WebhookResult recorded(WebhookRequest request, FormFields form) {
        String sid = form.require("CallSid");
        CallParties parties = CallParties.of(request, form, sid);
        List<InboundEvent> events = form.get("RecordingUrl").map(url -> List.<InboundEvent>of(CallNews.about(sid,
                parties.customer(), settings.phoneNumber(), clock.instant()).voicemail(url).event())).orElse(List.of());
        return WebhookResult.accept(events, Twiml.answer(flow.hangup()));
    }
}
