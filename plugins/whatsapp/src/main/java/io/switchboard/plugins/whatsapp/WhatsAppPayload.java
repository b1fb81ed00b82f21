package io.switchboard.plugins.whatsapp;

import com.google.gson.JsonObject;
import io.switchboard.api.channel.event.InboundEvent;
import io.switchboard.plugins.meta.MetaJson;
import io.switchboard.plugins.meta.MetaWebhook;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a WhatsApp Business Account webhook: {@code entry[].changes[]} whose {@code field} is
 * {@code messages}, each {@code value} holding {@code contacts[]} (wa_id and profile name),
 * {@code messages[]} from customers and {@code statuses[]} of our messages. Changes for another
 * phone number of the same business account are left to that number's channel. One message
 * that cannot be read is skipped (and logged) so the rest of the batch is still stored.
 */
final class WhatsAppPayload implements MetaWebhook.PayloadReader {

    /** The {@code object} of WhatsApp webhooks. */
    static final String OBJECT = "whatsapp_business_account";

    private final String phoneNumberId;
    private final Clock clock;
    private final System.Logger log;
    private final WhatsAppMessageReader messages = new WhatsAppMessageReader();

    WhatsAppPayload(String phoneNumberId, Clock clock, System.Logger log) {
        this.phoneNumberId = phoneNumberId;
        this.clock = clock;
        this.log = log;
    }

    @Override
    public List<InboundEvent> read(JsonObject payload) {
        List<InboundEvent> events = new ArrayList<>();
        for (JsonObject entry : MetaJson.objects(payload, "entry")) {
            for (JsonObject change : MetaJson.objects(entry, "changes")) {
                Optional<JsonObject> value = MetaJson.object(change, "value");
                if ("messages".equals(MetaJson.stringOrNull(change, "field")) && value.isPresent()
                        && forThisNumber(value.get())) {
                    events.addAll(readValue(value.get()));
                }
            }
        }
        return List.copyOf(events);
    }

    private boolean forThisNumber(JsonObject value) {
        Optional<String> id = MetaJson.object(value, "metadata").flatMap(m -> MetaJson.string(m, "phone_number_id"));
        return id.isEmpty() || id.get().equals(phoneNumberId);
    }

    private List<InboundEvent> readValue(JsonObject value) {
        Map<String, String> names = profileNames(value);
        Instant now = clock.instant();
        List<InboundEvent> events = new ArrayList<>();
        for (JsonObject message : MetaJson.objects(value, "messages")) {
            try {
                messages.read(message, names, now).ifPresent(events::add);
            } catch (RuntimeException e) {
                log.log(System.Logger.Level.WARNING, "skipped an unreadable WhatsApp message "
                        + MetaJson.stringOrNull(message, "id") + ": " + e.getMessage());
            }
        }
        for (JsonObject status : MetaJson.objects(value, "statuses")) {
            WhatsAppStatusReader.read(status, now).ifPresentOrElse(events::add, () -> log.log(System.Logger.Level.DEBUG,
                    "ignored WhatsApp status " + MetaJson.stringOrNull(status, "status")));
        }
        return events;
    }

    private static Map<String, String> profileNames(JsonObject value) {
        Map<String, String> names = new HashMap<>();
        for (JsonObject contact : MetaJson.objects(value, "contacts")) {
            String waId = MetaJson.stringOrNull(contact, "wa_id");
            MetaJson.object(contact, "profile").flatMap(p -> MetaJson.string(p, "name"))
                    .filter(name -> waId != null && !name.isBlank())
                    .ifPresent(name -> names.put(waId, name));
        }
        return names;
    }
}
