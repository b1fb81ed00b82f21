package io.switchboard.plugins.sms;

import io.switchboard.api.channel.AddressKind;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.plugins.twilio.FormBody;
import io.switchboard.plugins.twilio.TwilioFailures;
import io.switchboard.plugins.twilio.TwilioResponse;
import io.switchboard.plugins.twilio.TwilioRestClient;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Sends an agent's reply through the Messages API, from the channel's number, asking Twilio
 * to report the delivery to the channel's {@code /status} callback. A number that opted out is
 * refused here with the reason, before Twilio is asked.
 */
final class SmsSender {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final TwilioRestClient rest;
    private final SmsSettings settings;
    private final OptOutList optOuts;

    SmsSender(TwilioRestClient rest, SmsSettings settings, OptOutList optOuts) {
        this.rest = rest;
        this.settings = settings;
        this.optOuts = optOuts;
    }

    /**
     * Sends one message.
     *
     * @param message the reply
     * @return sent with Twilio's MessageSid, a retry, or why it failed
     */
    DeliveryResult deliver(OutboundMessage message) {
        if (!AddressKind.PHONE.equals(message.recipient().kind())) {
            return DeliveryResult.failed("unsupported-recipient", "SMS can only be sent to a phone number, not to a "
                    + message.recipient().kind().id() + " address");
        }
        Optional<Instant> optedOut = optOuts.since(message.recipient());
        if (optedOut.isPresent()) {
            return DeliveryResult.failed(TwilioFailures.UNSUBSCRIBED, "not sent: the customer replied STOP on "
                    + WHEN.format(optedOut.get()) + "; they must text START before you can message them");
        }
        FormBody form = new FormBody().add("To", message.recipient().value())
                .add("From", settings.phoneNumber().value()).add("Body", message.text())
                .add("StatusCallback", settings.statusCallbackUrl());
        try {
            return sent(rest.create("Messages", form));
        } catch (IOException e) {
            return TwilioFailures.unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.retry("interrupted while waiting for Twilio");
        }
    }

    private static DeliveryResult sent(TwilioResponse response) {
        if (!response.successful()) {
            return TwilioFailures.classify(response);
        }
        return response.text("sid").map(DeliveryResult::sent).orElseGet(() -> DeliveryResult.failed("no-sid",
                "Twilio accepted the request (HTTP " + response.status() + ") but returned no message SID, so its"
                        + " delivery cannot be followed; check the message log in the Twilio Console"));
    }
}
