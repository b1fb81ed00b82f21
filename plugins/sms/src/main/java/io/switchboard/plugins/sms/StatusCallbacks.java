package io.switchboard.plugins.sms;

import io.switchboard.api.channel.DeliveryStatus;
import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.DeliveryUpdate;
import io.switchboard.plugins.twilio.FormFields;
import io.switchboard.plugins.twilio.TwilioErrorCodes;
import io.switchboard.plugins.twilio.WebhookProblem;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Twilio's status callbacks for our outbound messages ({@code MessageSid}, {@code MessageStatus},
 * {@code ErrorCode}): sent, delivered and read move the message forward; undelivered and failed
 * mark it failed with Twilio's error code explained. Intermediate states (queued, sending) change
 * nothing the agent needs to see.
 */
final class StatusCallbacks {

    private static final Map<String, DeliveryStatus> STATUSES = Map.of(
            "sent", DeliveryStatus.SENT,
            "delivered", DeliveryStatus.DELIVERED,
            "read", DeliveryStatus.READ,
            "undelivered", DeliveryStatus.FAILED,
            "failed", DeliveryStatus.FAILED,
            "canceled", DeliveryStatus.FAILED);

    private final Clock clock;

    StatusCallbacks(Clock clock) {
        this.clock = clock;
    }

    /**
     * Handles a signed status callback.
     *
     * @param form its parameters
     * @return the update, if the status is one agents see, and an empty 204
     */
    WebhookResult update(FormFields form) {
        String sid = form.get("MessageSid").or(() -> form.get("SmsSid")).orElseThrow(() ->
                WebhookProblem.badRequest("the parameter MessageSid is missing; this is not a Twilio status callback"));
        String status = form.get("MessageStatus").or(() -> form.get("SmsStatus")).orElseThrow(() ->
                WebhookProblem.badRequest("the parameter MessageStatus is missing; this is not a Twilio status"
                        + " callback"));
        DeliveryStatus mapped = STATUSES.get(status.strip().toLowerCase(Locale.ROOT));
        if (mapped == null) {
            return WebhookResult.respond(WebhookResponse.empty(204));
        }
        Optional<String> code = form.get("ErrorCode").filter(c -> !"0".equals(c.strip()));
        String message = mapped != DeliveryStatus.FAILED ? null : code.map(TwilioErrorCodes::describe)
                .orElse("Twilio reported the message as " + status.strip().toLowerCase(Locale.ROOT));
        DeliveryUpdate update = new DeliveryUpdate(sid, mapped, clock.instant(),
                mapped == DeliveryStatus.FAILED ? code.orElse(null) : null, message);
        return WebhookResult.accept(List.of(update), WebhookResponse.empty(204));
    }
}
