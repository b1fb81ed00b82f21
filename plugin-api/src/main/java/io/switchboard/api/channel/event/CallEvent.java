package io.switchboard.api.channel.event;

import io.switchboard.api.channel.Address;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One piece of news about a call. Providers report a call in several callbacks (status,
 * recording, transcription) that may arrive in any order; the host merges every event with
 * the same {@code callId} into one call entry. Fields this event does not carry are
 * {@code null} (or {@code false}); they never erase what an earlier event said.
 *
 * @param callId the provider's call id (Twilio CallSid)
 * @param caller the caller's address
 * @param callee the number called, or {@code null}
 * @param state the call state, or {@code null}
 * @param at when this happened
 * @param answeredAt when the call was answered, or {@code null}
 * @param endedAt when the call ended, or {@code null}
 * @param talkTime answered-to-hang-up time (Twilio CallDuration), or {@code null}
 * @param answeredBy who answered (agent address or name), or {@code null}
 * @param recordingUrl where the recording is, or {@code null}
 * @param transcript the transcription text, or {@code null}
 * @param voicemail whether the caller left a voicemail
 * @since 1.0
 */
public record CallEvent(String callId, Address caller, Address callee, CallState state, Instant at,
                        Instant answeredAt, Instant endedAt, Duration talkTime, String answeredBy,
                        String recordingUrl, String transcript, boolean voicemail) implements InboundEvent {

    /**
     * Validates the components.
     *
     * @since 1.0
     */
    public CallEvent {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(at, "at");
    }
}
