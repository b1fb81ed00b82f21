package io.switchboard.plugins.twilio;

import io.switchboard.api.channel.DeliveryResult;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.Set;

/**
 * Classifies Twilio's refusals: what is worth trying again (rate limits, Twilio's own
 * trouble, an unreachable API) and what never will be (an invalid number, an unsubscribed
 * recipient, wrong credentials). The reason always carries Twilio's code and message, since
 * the agent sees it.
 */
public final class TwilioFailures {

    /** Twilio's codes for its own temporary trouble: too many requests, internal error, unavailable. */
    static final Set<String> RETRYABLE_CODES = Set.of("20429", "20500", "20503");

    /** Authentication failed: the account SID or auth token is wrong. */
    static final String AUTHENTICATION = "20003";

    /** The recipient replied STOP to this sender. */
    public static final String UNSUBSCRIBED = "21610";

    private TwilioFailures() {
    }

    /**
     * What an unsuccessful REST answer means for the message or call.
     *
     * @param response Twilio's answer (not 2xx)
     * @return a {@link DeliveryResult.Retry} or {@link DeliveryResult.Failed}
     */
    public static DeliveryResult classify(TwilioResponse response) {
        TwilioError error = TwilioError.of(response);
        if (response.status() == 429 || response.status() >= 500 || RETRYABLE_CODES.contains(error.code())) {
            return new DeliveryResult.Retry("Twilio is temporarily refusing requests (HTTP " + response.status()
                    + "): " + error.describe(), response.retryAfter());
        }
        if (AUTHENTICATION.equals(error.code()) || response.status() == 401) {
            return DeliveryResult.failed(AUTHENTICATION, "Twilio refused this channel's account SID and auth token ("
                    + error.message() + "); an admin must correct them");
        }
        if (UNSUBSCRIBED.equals(error.code())) {
            return DeliveryResult.failed(UNSUBSCRIBED, "the recipient has opted out of messages from this number"
                    + " (they replied STOP); they must text START before you can message them");
        }
        String more = error.moreInfo().isEmpty() ? "" : " (" + error.moreInfo() + ")";
        return DeliveryResult.failed(error.code().isEmpty() ? "http-" + response.status() : error.code(),
                error.message() + more);
    }

    /**
     * What a failure to reach Twilio at all means: always worth another try.
     *
     * @param e the failure
     * @return a {@link DeliveryResult.Retry}
     */
    public static DeliveryResult unreachable(IOException e) {
        String what = e instanceof HttpTimeoutException ? "Twilio did not answer in time"
                : "Twilio could not be reached";
        return DeliveryResult.retry(what + " (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
}
