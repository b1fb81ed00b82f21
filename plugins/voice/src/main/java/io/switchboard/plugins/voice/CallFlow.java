package io.switchboard.plugins.voice;

import io.switchboard.api.channel.Address;
import io.switchboard.plugins.twilio.Twiml;
import io.switchboard.plugins.twilio.TwimlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The TwiML that steers a call. An incoming call during business hours hears the greeting and
 * rings the online agents' phones (or the configured ring number); when nobody answers in time (or outside business hours, or with no
 * phone to ring) the caller leaves a voicemail, which Twilio records and transcribes. A callback
 * first rings the agent, then dials the customer from the channel's number.
 */
final class CallFlow {

    /** Both ends of a dialled leg are worth knowing: when it was answered and how long it lasted. */
    private static final String LEG_EVENTS = "answered completed";

    private final VoiceSettings settings;
    private final CallLinks links;

    CallFlow(VoiceSettings settings, CallLinks links) {
        this.settings = settings;
        this.links = links;
    }

    /**
     * The answer to an incoming call: the greeting, then every phone of the ring list rings at
     * once and the first to pick up takes the call.
     *
     * @param parties the caller, and the agent's phone when exactly one rings
     * @param ring the phones to ring, possibly none
     * @param open whether the desk is open now
     * @return the TwiML document
     */
    String incoming(CallParties parties, List<Address> ring, boolean open) {
        VoiceSettings.Speech speech = settings.speech();
        if (!open) {
            return voicemail(parties, speech.afterHoursMessage());
        }
        if (ring.isEmpty()) {
            return voicemail(parties, speech.greeting(), speech.voicemailPrompt());
        }
        return Twiml.document(say(speech.greeting()), dial(parties, ring, null));
    }

    /**
     * The answer once the dialled leg ended: done when it was answered; otherwise an incoming
     * caller may leave a voicemail, while a callback nobody took simply ends.
     *
     * @param parties the call's parties
     * @param answered whether the dialled party answered
     * @return the TwiML document
     */
    String afterDial(CallParties parties, boolean answered) {
        if (answered || parties.outbound()) {
            return hangup();
        }
        return voicemail(parties, settings.speech().voicemailPrompt());
    }

    /**
     * What Twilio runs once the agent picks up a callback: it dials the customer.
     *
     * @param parties the customer and the agent
     * @return the TwiML document
     */
    String callback(CallParties parties) {
        String spoken = "Calling back " + digits(parties.customer().value()) + ".";
        return Twiml.document(say(spoken), dial(parties, parties.customer(), settings.phoneNumber()));
    }

    /**
     * Ends the call.
     *
     * @return the TwiML document
     */
    String hangup() {
        return Twiml.document(TwimlNode.of("Hangup"));
    }

    private String voicemail(CallParties parties, String... prompts) {
        List<TwimlNode> verbs = new ArrayList<>();
        for (String prompt : prompts) {
            if (!prompt.isBlank()) {
                verbs.add(say(prompt));
            }
        }
        verbs.add(TwimlNode.of("Record").attr("maxLength", String.valueOf(settings.voicemailMaxSeconds()))
                .attr("playBeep", "true").attr("action", links.url(CallLinks.RECORDED, parties))
                .attr("recordingStatusCallback", links.url(CallLinks.RECORDING, parties))
                .attr("recordingStatusCallbackEvent", "completed")
                .attr("transcribe", "true").attr("transcribeCallback", links.url(CallLinks.TRANSCRIPTION, parties)));
        // Reached only when the caller recorded nothing: Twilio then skips the action.
        verbs.add(TwimlNode.of("Hangup"));
        return Twiml.document(verbs.toArray(TwimlNode[]::new));
    }

    private TwimlNode dial(CallParties parties, Address to, Address callerId) {
        return dial(parties, List.of(to), callerId);
    }

    /** Each number's leg reports to a URL naming that number, so an answered leg says who took it. */
    private TwimlNode dial(CallParties parties, List<Address> numbers, Address callerId) {
        TwimlNode dial = TwimlNode.of("Dial").attr("timeout", String.valueOf(settings.ringTimeoutSeconds()))
                .attr("action", links.url(CallLinks.DIAL, parties));
        if (callerId != null) {
            dial = dial.attr("callerId", callerId.value());
        }
        for (Address number : numbers) {
            CallParties leg = parties.outbound() ? parties : new CallParties(parties.customer(), false, number);
            dial = dial.child(TwimlNode.of("Number").attr("statusCallbackEvent", LEG_EVENTS)
                    .attr("statusCallback", links.url(CallLinks.LEG, leg)).text(number.value()));
        }
        return dial;
    }

    private TwimlNode say(String text) {
        return TwimlNode.of("Say").attr("language", settings.speech().language()).text(text);
    }

    /** A number read digit by digit, rather than as one huge number. */
    static String digits(String number) {
        StringBuilder spoken = new StringBuilder();
        for (char c : number.toCharArray()) {
            if (Character.isDigit(c)) {
                spoken.append(spoken.length() == 0 ? "" : " ").append(c);
            }
        }
        return spoken.toString();
    }
}
