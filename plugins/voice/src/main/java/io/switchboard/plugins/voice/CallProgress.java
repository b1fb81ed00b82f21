package io.switchboard.plugins.voice;

import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.CallState;
import io.switchboard.api.channel.event.InboundEvent;
import io.switchboard.plugins.twilio.FormFields;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Twilio's asynchronous callbacks about a call: its status, its dialled leg's status, the
 * voicemail's recording and transcription. They arrive in any order, each turned into the
 * facts it carries; the host merges them into one call entry. None of them steers the call,
 * so each is answered with an empty 204.
 *
 * <p>Talk time comes from the dialled leg ({@code CallDuration} of the agent's or customer's
 * leg, answered to hang-up), never from the whole call, whose duration includes the greeting,
 * the ringing and any voicemail.
 */
final class CallProgress {

    /** Endings of the whole call that say nobody answered; a plain end says nothing either way. */
    private static final Map<String, CallState> UNANSWERED = Map.of("busy", CallState.BUSY,
            "no-answer", CallState.NO_ANSWER, "failed", CallState.FAILED, "canceled", CallState.CANCELED);

    private final Clock clock;
    private final VoiceSettings settings;

    CallProgress(Clock clock, VoiceSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * The whole call's status ({@code CallStatus}, {@code Timestamp}): ringing, or when and how it
     * ended. Twilio's {@code completed} only means the call ended normally, not that an agent
     * answered (the greeting and voicemail count too), so it reports just the end; whether someone
     * answered comes from the dialled leg. Its {@code CallDuration} is not talk time either.
     */
    WebhookResult callStatus(WebhookRequest request, FormFields form) {
        String sid = form.require("CallSid");
        String status = form.require("CallStatus").toLowerCase(Locale.ROOT);
        CallNews news = news(sid, CallParties.of(request, form, sid), form);
        Instant at = at(form);
        if (UNANSWERED.containsKey(status)) {
            return accepted(news.state(UNANSWERED.get(status)).ended(at));
        }
        return switch (status) {
            case "completed" -> accepted(news.ended(at));
            case "queued", "initiated", "ringing" -> accepted(news.state(CallState.RINGING));
            default -> nothing();
        };
    }

    /**
     * The dialled leg's status ({@code ParentCallSid}, {@code CallStatus}, {@code CallDuration}):
     * when the other end answered, and for how long they talked.
     */
    WebhookResult legStatus(WebhookRequest request, FormFields form) {
        String parent = form.require("ParentCallSid");
        CallParties parties = CallParties.of(request, form, parent);
        String status = form.require("CallStatus").toLowerCase(Locale.ROOT);
        CallNews news = news(parent, parties, form);
        return switch (status) {
            case "in-progress" -> accepted(news.state(CallState.IN_PROGRESS).answered(at(form), parties.agent()));
            case "completed" -> accepted(news.state(CallState.COMPLETED).answeredBy(parties.agent()).ended(at(form))
                    .talked(form.number("CallDuration").map(Duration::ofSeconds).orElse(null)));
            default -> nothing();
        };
    }

    /** The voicemail's recording is ready ({@code RecordingStatus}, {@code RecordingUrl}). */
    WebhookResult recordingStatus(WebhookRequest request, FormFields form) {
        String sid = form.require("CallSid");
        String status = form.get("RecordingStatus").orElse("completed").toLowerCase(Locale.ROOT);
        if (!"completed".equals(status) || form.get("RecordingUrl").isEmpty()) {
            return nothing();
        }
        return accepted(news(sid, CallParties.of(request, form, sid), form).voicemail(form.require("RecordingUrl")));
    }

    /** The voicemail's transcript is ready ({@code TranscriptionStatus}, {@code TranscriptionText}). */
    WebhookResult transcription(WebhookRequest request, FormFields form) {
        String sid = form.require("CallSid");
        String status = form.get("TranscriptionStatus").orElse("").toLowerCase(Locale.ROOT);
        if (!"completed".equals(status)) {
            return nothing();
        }
        return accepted(news(sid, CallParties.of(request, form, sid), form).transcript(form.raw("TranscriptionText"))
                .voicemail(form.get("RecordingUrl").orElse(null)));
    }

    private CallNews news(String sid, CallParties parties, FormFields form) {
        return CallNews.about(sid, parties.customer(), settings.phoneNumber(), at(form));
    }

    private Instant at(FormFields form) {
        return form.timestamp("Timestamp").orElseGet(clock::instant);
    }

    private static WebhookResult accepted(CallNews news) {
        return WebhookResult.accept(List.<InboundEvent>of(news.event()), WebhookResponse.empty(204));
    }

    private static WebhookResult nothing() {
        return WebhookResult.respond(WebhookResponse.empty(204));
    }
}
