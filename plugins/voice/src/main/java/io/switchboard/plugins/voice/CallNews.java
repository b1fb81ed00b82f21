package io.switchboard.plugins.voice;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.event.CallEvent;
import io.switchboard.api.channel.event.CallState;
import java.time.Duration;
import java.time.Instant;

/**
 * Builds one {@link CallEvent}: what a single Twilio callback says about a call. Fields a
 * callback does not know stay {@code null}, and the host never lets them erase what another
 * callback said, so each callback reports only its own facts.
 */
final class CallNews {

    private final String callId;
    private final Address customer;
    private final Address callee;
    private final Instant at;
    private CallState state;
    private Instant answeredAt;
    private Instant endedAt;
    private Duration talkTime;
    private String answeredBy;
    private String recordingUrl;
    private String transcript;
    private boolean voicemail;

    private CallNews(String callId, Address customer, Address callee, Instant at) {
        this.callId = callId;
        this.customer = customer;
        this.callee = callee;
        this.at = at;
    }

    /**
     * News about a call. The customer goes in the event's caller field for calls in both
     * directions, since the host files a call under its caller's contact.
     *
     * @param callId the call's CallSid (the parent call's for a dialled leg)
     * @param customer the customer
     * @param deskNumber the channel's number
     * @param at when the callback says it happened
     * @return the news, with no facts yet
     */
    static CallNews about(String callId, Address customer, Address deskNumber, Instant at) {
        return new CallNews(callId, customer, deskNumber, at);
    }

    CallNews state(CallState value) {
        this.state = value;
        return this;
    }

    CallNews answered(Instant when, Address by) {
        this.answeredAt = when;
        return answeredBy(by);
    }

    CallNews answeredBy(Address by) {
        this.answeredBy = by == null ? null : by.value();
        return this;
    }

    CallNews ended(Instant when) {
        this.endedAt = when;
        return this;
    }

    CallNews talked(Duration time) {
        this.talkTime = time;
        return this;
    }

    CallNews voicemail(String recording) {
        this.recordingUrl = recording;
        this.voicemail = true;
        return this;
    }

    CallNews transcript(String text) {
        this.transcript = text;
        return this;
    }

    CallEvent event() {
        return new CallEvent(callId, customer, callee, state, at, answeredAt, endedAt, talkTime, answeredBy,
                recordingUrl, transcript, voicemail);
    }
}
