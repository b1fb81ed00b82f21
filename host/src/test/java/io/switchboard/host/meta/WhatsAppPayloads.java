package io.switchboard.host.meta;

import java.time.Instant;

/** WhatsApp Cloud API webhook payloads, shaped as Meta sends them. */
final class WhatsAppPayloads {

    private WhatsAppPayloads() {
    }

    static String text(String phoneNumberId, String waId, String name, String wamid, String body) {
        return messages(phoneNumberId, waId, name, "{\"from\":\"" + waId + "\",\"id\":\"" + wamid + "\",\"timestamp\":\""
                + Instant.now().getEpochSecond() + "\",\"type\":\"text\",\"text\":{\"body\":\"" + body + "\"}}");
    }

    static String image(String phoneNumberId, String waId, String name, String wamid, String mediaId) {
        return messages(phoneNumberId, waId, name, "{\"from\":\"" + waId + "\",\"id\":\"" + wamid + "\",\"timestamp\":\""
                + Instant.now().getEpochSecond() + "\",\"type\":\"image\",\"image\":{\"caption\":\"the dent\","
                + "\"mime_type\":\"image/jpeg\",\"sha256\":\"HgN6lHqyR4Yv\",\"id\":\"" + mediaId + "\"}}");
    }

    static String messages(String phoneNumberId, String waId, String name, String... messages) {
        return value(phoneNumberId, "\"contacts\":[{\"profile\":{\"name\":\"" + name + "\"},\"wa_id\":\"" + waId
                + "\"}],\"messages\":[" + String.join(",", messages) + "]");
    }

    static String status(String phoneNumberId, String wamid, String status, String waId, String errors) {
        return value(phoneNumberId, "\"statuses\":[{\"id\":\"" + wamid + "\",\"status\":\"" + status
                + "\",\"timestamp\":\"" + Instant.now().getEpochSecond() + "\",\"recipient_id\":\"" + waId + "\""
                + (errors == null ? "" : ",\"errors\":" + errors) + "}]");
    }

    private static String value(String phoneNumberId, String members) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{"
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\","
                + "\"phone_number_id\":\"" + phoneNumberId + "\"}," + members + "},\"field\":\"messages\"}]}]}";
    }
}
