package io.switchboard.plugins.messenger;

import com.google.gson.JsonObject;
import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.Attachment;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.api.channel.event.MessageKind;
import io.switchboard.plugins.meta.MetaJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a customer's {@code message}, {@code postback} or {@code reaction} event into an
 * inbound message: text; image, audio, video and file attachments (kept at Meta's CDN,
 * referenced by URL); a shared location; quick replies and postbacks as button replies;
 * reactions. Attachment types Messenger may add later are stored as {@link MessageKind#OTHER}.
 */
final class MessengerMessageReader {

    private static final Set<String> MEDIA = Set.of("image", "audio", "video", "file");

    private final MessengerProfiles profiles;

    MessengerMessageReader(MessengerProfiles profiles) {
        this.profiles = profiles;
    }

    Optional<InboundMessage> read(JsonObject event, String psid, Instant at) {
        Optional<JsonObject> message = MetaJson.object(event, "message");
        if (message.isPresent()) {
            return message.filter(m -> !isEcho(m)).flatMap(m -> MetaJson.string(m, "mid")
                    .map(mid -> message(mid, m, psid, at)));
        }
        Optional<JsonObject> postback = MetaJson.object(event, "postback");
        if (postback.isPresent()) {
            // Older postbacks carry no mid; sender and time identify a tap just as uniquely.
            String id = MetaJson.string(postback.get(), "mid").orElse("postback:" + psid + ":" + at.toEpochMilli());
            return Optional.of(build(id, psid, at, button(MetaJson.string(postback.get(), "title").orElse(""),
                    MetaJson.stringOrNull(postback.get(), "payload")), List.of()));
        }
        return MetaJson.object(event, "reaction").map(reaction -> reaction(reaction, psid, at));
    }

    private InboundMessage message(String mid, JsonObject message, String psid, Instant at) {
        String text = MetaJson.string(message, "text").orElse("");
        List<String> inReplyTo = MetaJson.object(message, "reply_to").flatMap(r -> MetaJson.string(r, "mid"))
                .map(List::of).orElse(List.of());
        Optional<String> quickReply = MetaJson.object(message, "quick_reply").flatMap(q -> MetaJson.string(q, "payload"));
        if (quickReply.isPresent()) {
            return build(mid, psid, at, button(text, quickReply.get()), inReplyTo);
        }
        List<JsonObject> attachments = MetaJson.objects(message, "attachments");
        Content content = attachments.isEmpty() ? new Content(MessageKind.TEXT, text, List.of(), Map.of())
                : withAttachments(text, attachments);
        return build(mid, psid, at, content, inReplyTo);
    }

    private static Content withAttachments(String text, List<JsonObject> attachments) {
        JsonObject first = attachments.get(0);
        String type = MetaJson.string(first, "type").orElse("unknown");
        JsonObject payload = MetaJson.object(first, "payload").orElse(new JsonObject());
        if ("location".equals(type)) {
            return location(first, payload);
        }
        List<Attachment> files = new ArrayList<>();
        for (JsonObject attachment : attachments) {
            String kind = MetaJson.string(attachment, "type").orElse("unknown");
            Optional<String> url = MetaJson.object(attachment, "payload").flatMap(p -> MetaJson.string(p, "url"));
            if (MEDIA.contains(kind) && url.isPresent()) {
                files.add(AttachmentUrls.attachment(kind, url.get(), files.size() + 1));
            }
        }
        if (files.isEmpty()) {
            String shown = text.isEmpty() ? "[Messenger " + type + " attachment, not shown here]" : text;
            return new Content(MessageKind.OTHER, shown, List.of(), Map.of("type", type));
        }
        return new Content(MessageKind.MEDIA, text, files, Map.of("mediaType", type));
    }

    private static Content location(JsonObject attachment, JsonObject payload) {
        Map<String, String> properties = new LinkedHashMap<>();
        MetaJson.object(payload, "coordinates").ifPresent(c -> {
            MetaJson.string(c, "lat").ifPresent(v -> properties.put("latitude", v));
            MetaJson.string(c, "long").ifPresent(v -> properties.put("longitude", v));
        });
        MetaJson.string(attachment, "title").ifPresent(title -> properties.put("name", title));
        String shown = properties.getOrDefault("name",
                properties.getOrDefault("latitude", "?") + ", " + properties.getOrDefault("longitude", "?"));
        return new Content(MessageKind.LOCATION, shown, List.of(), properties);
    }

    private InboundMessage reaction(JsonObject reaction, String psid, Instant at) {
        String target = MetaJson.string(reaction, "mid").orElse("");
        String action = MetaJson.string(reaction, "action").orElse("react");
        String emoji = "unreact".equals(action) ? "" : MetaJson.string(reaction, "emoji").orElse("");
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("emoji", emoji);
        properties.put("messageId", target);
        MetaJson.string(reaction, "reaction").ifPresent(name -> properties.put("reaction", name));
        // A reaction has no id of its own: who reacted, to what, how and when identify it.
        String id = "reaction:" + psid + ":" + target + ":" + action + ":" + at.toEpochMilli();
        return build(id, psid, at, new Content(MessageKind.REACTION, emoji, List.of(), properties), List.of());
    }

    private static Content button(String title, String payload) {
        return new Content(MessageKind.BUTTON_REPLY, title, List.of(),
                payload == null ? Map.of() : Map.of("payload", payload));
    }

    private InboundMessage build(String id, String psid, Instant at, Content content, List<String> inReplyTo) {
        return new InboundMessage(id, new Address(MessengerConnector.PSID, psid), profiles.name(psid).orElse(null),
                at, content.kind(), null, content.text(), null, content.attachments(), inReplyTo, null, -1, Set.of(),
                content.properties());
    }

    private static boolean isEcho(JsonObject message) {
        return message.has("is_echo") && message.get("is_echo").isJsonPrimitive()
                && message.getAsJsonPrimitive("is_echo").isBoolean() && message.get("is_echo").getAsBoolean();
    }

    /** What a message carries, by kind. */
    private record Content(MessageKind kind, String text, List<Attachment> attachments,
                           Map<String, String> properties) {
    }
}
