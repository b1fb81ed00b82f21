package io.switchboard.plugins.whatsapp;

import com.google.gson.JsonObject;
import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.Attachment;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.api.channel.event.MessageKind;
import io.switchboard.plugins.meta.MetaJson;
import io.switchboard.plugins.meta.UnixTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one {@code messages[]} entry into an inbound message by its {@code type}: text; image,
 * audio, video, document and sticker (the media stays at Meta, referenced by its media id);
 * location; reaction; button and interactive replies. Any other type (contacts, order, system,
 * unsupported, or one Meta adds later) is stored as {@link MessageKind#OTHER} saying what it
 * was, so the agent knows the customer wrote.
 */
final class WhatsAppMessageReader {

    private static final Set<String> MEDIA = Set.of("image", "audio", "video", "document", "sticker");

    /**
     * Reads a message.
     *
     * @param message the message object
     * @param profileNames customer names by wa_id from the payload's {@code contacts[]}
     * @param now when the webhook arrived, for a message without a timestamp
     * @return the message, or empty when it has no id or sender
     * @throws IllegalArgumentException when the sender is not a phone number
     */
    Optional<InboundMessage> read(JsonObject message, Map<String, String> profileNames, Instant now) {
        Optional<String> id = MetaJson.string(message, "id");
        Optional<String> from = MetaJson.string(message, "from");
        if (id.isEmpty() || from.isEmpty()) {
            return Optional.empty();
        }
        Instant sentAt = UnixTime.seconds(MetaJson.stringOrNull(message, "timestamp")).orElse(now);
        String type = MetaJson.string(message, "type").orElse("unknown");
        Content content = content(type, message, id.get());
        List<String> inReplyTo = MetaJson.object(message, "context").flatMap(c -> MetaJson.string(c, "id"))
                .map(List::of).orElse(List.of());
        return Optional.of(new InboundMessage(id.get(), WaId.toAddress(from.get()), profileNames.get(from.get()),
                sentAt, content.kind(), null, content.text(), null, content.attachments(), inReplyTo, null, -1,
                Set.of(), content.properties()));
    }

    /** What a message carries, by kind. */
    private record Content(MessageKind kind, String text, List<Attachment> attachments,
                           Map<String, String> properties) {
    }

    private static Content content(String type, JsonObject message, String id) {
        JsonObject body = MetaJson.object(message, type).orElse(new JsonObject());
        if (MEDIA.contains(type) && MetaJson.string(body, "id").isPresent()) {
            return media(type, body);
        }
        return switch (type) {
            case "text" -> new Content(MessageKind.TEXT, MetaJson.string(body, "body").orElse(""), List.of(), Map.of());
            case "location" -> location(body);
            case "reaction" -> reaction(body);
            case "button" -> button(MetaJson.string(body, "text").orElse(""), MetaJson.stringOrNull(body, "payload"));
            case "interactive" -> interactive(body).orElseGet(() -> other("interactive", message));
            default -> other(type, message);
        };
    }

    private static Content media(String type, JsonObject body) {
        String mediaId = MetaJson.string(body, "id").orElseThrow();
        String mimeType = MetaJson.string(body, "mime_type").orElse("application/octet-stream");
        String filename = MetaJson.string(body, "filename").orElse(type + "-" + mediaId + extension(mimeType));
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("mediaType", type);
        MetaJson.string(body, "sha256").ifPresent(sha -> properties.put("sha256", sha));
        if ("audio".equals(type) && body.has("voice") && body.get("voice").isJsonPrimitive()) {
            properties.put("voice", String.valueOf(body.getAsJsonPrimitive("voice").getAsBoolean()));
        }
        return new Content(MessageKind.MEDIA, MetaJson.string(body, "caption").orElse(""),
                List.of(Attachment.atProvider(filename, mimeType, -1, mediaId)), properties);
    }

    private static Content location(JsonObject body) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String field : List.of("latitude", "longitude", "name", "address", "url")) {
            MetaJson.string(body, field).ifPresent(value -> properties.put(field, value));
        }
        String place = MetaJson.string(body, "name").or(() -> MetaJson.string(body, "address"))
                .orElse(properties.getOrDefault("latitude", "?") + ", " + properties.getOrDefault("longitude", "?"));
        return new Content(MessageKind.LOCATION, place, List.of(), properties);
    }

    private static Content reaction(JsonObject body) {
        // An empty emoji is the customer taking their reaction back.
        String emoji = MetaJson.string(body, "emoji").orElse("");
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("emoji", emoji);
        MetaJson.string(body, "message_id").ifPresent(target -> properties.put("messageId", target));
        return new Content(MessageKind.REACTION, emoji, List.of(), properties);
    }

    private static Content button(String title, String payload) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (payload != null) {
            properties.put("payload", payload);
        }
        return new Content(MessageKind.BUTTON_REPLY, title, List.of(), properties);
    }

    private static Optional<Content> interactive(JsonObject body) {
        String kind = MetaJson.string(body, "type").orElse("");
        return MetaJson.object(body, kind).filter(reply -> kind.equals("button_reply") || kind.equals("list_reply"))
                .map(reply -> button(MetaJson.string(reply, "title").orElse(""), MetaJson.stringOrNull(reply, "id")));
    }

    private static Content other(String type, JsonObject message) {
        String why = MetaJson.objects(message, "errors").stream().findFirst()
                .flatMap(e -> MetaJson.string(e, "title").or(() -> MetaJson.string(e, "message")))
                .map(title -> " (" + title + ")").orElse("");
        return new Content(MessageKind.OTHER, "[WhatsApp " + type + " message, not shown here" + why + "]", List.of(),
                Map.of("type", type));
    }

    private static String extension(String mimeType) {
        String subtype = mimeType.contains("/") ? mimeType.substring(mimeType.indexOf('/') + 1) : "";
        int end = subtype.indexOf(';');
        subtype = (end < 0 ? subtype : subtype.substring(0, end)).strip();
        return subtype.matches("[a-z0-9.+-]{1,20}") ? "." + subtype : "";
    }
}
