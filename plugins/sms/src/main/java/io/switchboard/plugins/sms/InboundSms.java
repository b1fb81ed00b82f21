package io.switchboard.plugins.sms;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.Attachment;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.api.channel.event.MessageFlag;
import io.switchboard.api.channel.event.MessageKind;
import io.switchboard.plugins.twilio.FormFields;
import io.switchboard.plugins.twilio.Twiml;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An incoming SMS or MMS ({@code MessageSid}, {@code From}, {@code Body}, media): becomes one
 * inbound message, idempotent on the MessageSid. STOP and START keywords update the opt-out
 * list and flag the message, so the agent sees the customer's decision in the timeline.
 * Answered with empty TwiML: the desk replies later, through the API.
 */
final class InboundSms {

    private final Clock clock;
    private final OptOutList optOuts;

    InboundSms(Clock clock, OptOutList optOuts) {
        this.clock = clock;
        this.optOuts = optOuts;
    }

    /**
     * Handles a signed incoming-message webhook.
     *
     * @param form its parameters
     * @return the message and the empty TwiML answer
     */
    WebhookResult receive(FormFields form) {
        String sid = form.require("MessageSid");
        Address from = form.phone("From");
        String body = form.raw("Body");
        List<Attachment> media = MmsMedia.attachments(form);
        Instant now = clock.instant();
        Optional<MessageFlag> consent = OptOutKeywords.of(body, form.get("OptOutType").orElse(null));
        consent.ifPresent(flag -> {
            if (flag == MessageFlag.OPT_OUT) {
                optOuts.optOut(from, now);
            } else {
                optOuts.optIn(from);
            }
        });
        MessageKind kind = body.isBlank() && !media.isEmpty() ? MessageKind.MEDIA : MessageKind.TEXT;
        InboundMessage message = new InboundMessage(sid, from, null, now, kind, null, body, null, media, List.of(),
                null, -1, consent.map(Set::of).orElse(Set.of()), properties(form));
        return WebhookResult.accept(List.of(message), Twiml.empty());
    }

    /** Where the customer wrote to, so agents with several numbers see which one. */
    private static Map<String, String> properties(FormFields form) {
        return form.get("To").map(to -> Map.of("to", to)).orElse(Map.of());
    }
}
