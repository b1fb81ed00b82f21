package io.switchboard.host.conversations;

import io.switchboard.api.channel.event.CallState;

/** The inbox line of a conversation whose latest activity is a call. */
final class CallPreview {

    private CallPreview() {
    }

    static String of(CallRow call) {
        if (call.voicemail()) {
            return call.transcript() == null || call.transcript().isBlank() ? "Voicemail"
                    : "Voicemail: " + call.transcript();
        }
        boolean outbound = call.direction() == CallDirection.OUTBOUND;
        CallState outcome = call.outcome();
        if (outcome == null || outcome == CallState.RINGING) {
            return outbound ? "Calling back" : "Incoming call";
        }
        if (outcome == CallState.IN_PROGRESS) {
            return "Call in progress";
        }
        if (outcome == CallState.COMPLETED) {
            return (outbound ? "Call back, " : "Call, ") + duration(call.talkSeconds());
        }
        return outbound ? "Call back not answered" : "Missed call";
    }

    private static String duration(Long seconds) {
        long s = seconds == null ? 0 : seconds;
        return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
    }
}
