package io.switchboard.host.conversations;

import io.switchboard.api.channel.event.CallEvent;
import io.switchboard.api.channel.event.CallState;
import java.time.Duration;
import java.time.Instant;

/**
 * Merges one callback's facts into a call. Every rule gives the same result whatever order
 * the callbacks arrive in: the earliest start and answer, the latest end, the longest talk
 * time, a voicemail once heard stays a voicemail, and the strongest state reported (an ending
 * beats ringing, an answered ending beats the others). What the call amounts to — completed,
 * missed, owed a callback — is derived from these facts, never from the order they came in.
 */
final class CallMerge {

    private CallMerge() {
    }

    /**
     * The call with one more callback's facts.
     *
     * @param row the call so far
     * @param event the callback's facts
     * @param callbackWithin how soon a missed call is owed a callback, from when it came in
     * @return the merged call
     */
    static CallRow merge(CallRow row, CallEvent event, Duration callbackWithin) {
        // IN_PROGRESS means an agent answered; remember when, since a later ending replaces the state.
        Instant answeredAt = event.answeredAt() != null || event.state() != CallState.IN_PROGRESS
                ? event.answeredAt() : event.at();
        CallRow facts = new CallRow(row.id(), row.conversationId(), row.callId(), row.caller(),
                event.callee() != null ? event.callee().value() : row.callee(), strongest(row.state(), event.state()),
                earliest(row.startedAt(), event.at()), earliest(row.answeredAt(), answeredAt),
                latest(row.endedAt(), event.endedAt()), longest(row.talkSeconds(), event.talkTime()),
                event.answeredBy() != null ? event.answeredBy() : row.answeredBy(),
                event.recordingUrl() != null ? event.recordingUrl() : row.recordingUrl(),
                event.transcript() != null ? event.transcript() : row.transcript(),
                row.voicemail() || event.voicemail(), row.direction(), null, row.callbackCompletedAt());
        return facts.withCallbackDueAt(facts.missed() ? facts.startedAt().plus(callbackWithin) : null);
    }

    /** States only move forward: ringing, in progress, an unanswered ending, an answered one. */
    static CallState strongest(CallState known, CallState reported) {
        if (reported == null) {
            return known;
        }
        return known == null || rank(reported) > rank(known) ? reported : known;
    }

    private static int rank(CallState state) {
        return switch (state) {
            case RINGING -> 0;
            case IN_PROGRESS -> 1;
            case FAILED -> 2;
            case CANCELED -> 3;
            case BUSY -> 4;
            case NO_ANSWER -> 5;
            case COMPLETED -> 6;
        };
    }

    private static Instant earliest(Instant known, Instant reported) {
        return known == null ? reported : reported == null || known.isBefore(reported) ? known : reported;
    }

    private static Instant latest(Instant known, Instant reported) {
        return known == null ? reported : reported == null || known.isAfter(reported) ? known : reported;
    }

    private static Long longest(Long known, Duration reported) {
        if (reported == null) {
            return known;
        }
        return known == null ? Long.valueOf(reported.toSeconds()) : Long.valueOf(Math.max(known, reported.toSeconds()));
    }
}
