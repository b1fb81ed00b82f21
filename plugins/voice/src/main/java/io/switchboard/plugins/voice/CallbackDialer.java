package io.switchboard.plugins.voice;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.AddressKind;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.OutboundCall;
import io.switchboard.plugins.twilio.FormBody;
import io.switchboard.plugins.twilio.TwilioFailures;
import io.switchboard.plugins.twilio.TwilioResponse;
import io.switchboard.plugins.twilio.TwilioRestClient;
import java.io.IOException;
import java.util.Optional;

/**
 * Places an agent's callback through the Calls API: Twilio rings the agent's phone first and,
 * once they pick up, dials the customer from the channel's number. Progress comes back on the
 * instance's callbacks, merged into the call entry the host created for the returned CallSid.
 */
final class CallbackDialer {

    private final TwilioRestClient rest;
    private final VoiceSettings settings;
    private final CallFlow flow;
    private final CallLinks links;

    CallbackDialer(TwilioRestClient rest, VoiceSettings settings, CallFlow flow, CallLinks links) {
        this.rest = rest;
        this.settings = settings;
        this.flow = flow;
        this.links = links;
    }

    /**
     * Places a call.
     *
     * @param call the host's request
     * @return sent with the CallSid, a retry, or why it cannot be placed
     */
    DeliveryResult place(OutboundCall call) {
        if (!AddressKind.PHONE.equals(call.to().kind())) {
            return DeliveryResult.failed("no-number", "this caller withheld their number, so there is no number to"
                    + " call back");
        }
        Optional<Address> agent = Optional.ofNullable(call.agentAddress())
                .filter(a -> AddressKind.PHONE.equals(a.kind())).or(settings::ringNumber);
        if (agent.isEmpty()) {
            return DeliveryResult.failed("no-agent-phone", "a callback first rings the agent's phone, and this voice"
                    + " channel has no ring number; an admin can set one in the channel's settings");
        }
        CallParties parties = new CallParties(call.to(), true, agent.get());
        FormBody form = new FormBody().add("To", agent.get().value()).add("From", settings.phoneNumber().value())
                .add("Twiml", flow.callback(parties)).add("Timeout", String.valueOf(settings.ringTimeoutSeconds()))
                .add("StatusCallback", links.url(CallLinks.STATUS, parties))
                .add("StatusCallbackEvent", "answered").add("StatusCallbackEvent", "completed");
        try {
            return placed(rest.create("Calls", form));
        } catch (IOException e) {
            return TwilioFailures.unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.retry("interrupted while waiting for Twilio");
        }
    }

    private static DeliveryResult placed(TwilioResponse response) {
        if (!response.successful()) {
            return TwilioFailures.classify(response);
        }
        return response.text("sid").map(DeliveryResult::sent).orElseGet(() -> DeliveryResult.failed("no-sid",
                "Twilio accepted the call (HTTP " + response.status() + ") but returned no call SID; check the call"
                        + " log in the Twilio Console"));
    }
}
