package io.switchboard.testplugins.sms;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.DeliveryStatus;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.DeliveryUpdate;
import io.switchboard.api.channel.event.InboundMessage;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /webhooks/KEY} with form fields {@code from, text, id} is an inbound SMS;
 * {@code POST /webhooks/KEY/status} with {@code id, status, reason} a delivery callback.
 */
final class TestSmsInstance implements ChannelInstance {

    private final Clock clock;

    TestSmsInstance(Clock clock) {
        this.clock = clock;
    }

    @Override
    public WebhookResult onWebhook(WebhookRequest request) {
        Map<String, List<String>> form = request.form();
        if (request.subPath().equals("/status")) {
            DeliveryUpdate update = new DeliveryUpdate(first(form, "id"),
                    DeliveryStatus.valueOf(first(form, "status").toUpperCase(java.util.Locale.ROOT)), clock.instant(),
                    null, form.containsKey("reason") ? first(form, "reason") : null);
            return WebhookResult.accept(List.of(update), WebhookResponse.empty(200));
        }
        InboundMessage message = InboundMessage.text(first(form, "id"), Address.phone(first(form, "from")), null,
                clock.instant(), first(form, "text"));
        return WebhookResult.accept(List.of(message), WebhookResponse.empty(200));
    }

    @Override
    public DeliveryResult deliver(OutboundMessage message) {
        if (message.recipient().value().endsWith("0000")) {
            return DeliveryResult.failed("30003", "Unreachable destination handset");
        }
        return DeliveryResult.sent("sms-" + message.messageId());
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("form field " + name + " is missing");
        }
        return values.get(0);
    }
}
