package io.switchboard.plugins.whatsapp;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.MessageTemplate;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.plugins.meta.GraphClient;
import io.switchboard.plugins.meta.GraphFailures;
import io.switchboard.plugins.meta.GraphMessages;
import io.switchboard.plugins.meta.MetaJson;
import java.util.Optional;
import java.util.Set;

/**
 * Sends agent replies with {@code POST /{version}/{phone-number-id}/messages}: a text message,
 * or an approved template with its language and body parameters. The answer's
 * {@code messages[0].id} (a wamid) is what later status webhooks refer to.
 */
final class WhatsAppSender {

    /**
     * WhatsApp's transient codes besides the Graph-wide ones: 130429 throughput rate limit,
     * 131056 too many messages to one customer, 131000 something went wrong, 131016 service
     * unavailable, 133004 server temporarily unavailable.
     */
    static final Set<Integer> TRANSIENT = Set.of(130429, 131056, 131000, 131016, 133004);

    private final GraphMessages messages;
    private final String path;

    WhatsAppSender(GraphClient graph, String phoneNumberId) {
        this.messages = new GraphMessages(graph, new GraphFailures(TRANSIENT));
        this.path = phoneNumberId + "/messages";
    }

    DeliveryResult deliver(OutboundMessage message) throws InterruptedException {
        if (!message.attachments().isEmpty()) {
            return DeliveryResult.failed("", "sending files on WhatsApp is not supported by this channel");
        }
        JsonObject body = envelope(message);
        if (message.template() != null) {
            body.addProperty("type", "template");
            body.add("template", template(message.template()));
        } else {
            JsonObject text = new JsonObject();
            text.addProperty("preview_url", false);
            text.addProperty("body", message.text());
            body.addProperty("type", "text");
            body.add("text", text);
        }
        return messages.send(path, body, WhatsAppSender::messageId);
    }

    private static JsonObject envelope(OutboundMessage message) {
        JsonObject body = new JsonObject();
        body.addProperty("messaging_product", "whatsapp");
        body.addProperty("recipient_type", "individual");
        body.addProperty("to", message.recipient().value());
        return body;
    }

    static JsonObject template(MessageTemplate template) {
        JsonObject language = new JsonObject();
        language.addProperty("code", template.language());
        JsonObject json = new JsonObject();
        json.addProperty("name", template.name());
        json.add("language", language);
        if (!template.parameters().isEmpty()) {
            JsonArray parameters = new JsonArray();
            for (String value : template.parameters()) {
                JsonObject parameter = new JsonObject();
                parameter.addProperty("type", "text");
                parameter.addProperty("text", value);
                parameters.add(parameter);
            }
            JsonObject component = new JsonObject();
            component.addProperty("type", "body");
            component.add("parameters", parameters);
            JsonArray components = new JsonArray();
            components.add(component);
            json.add("components", components);
        }
        return json;
    }

    private static Optional<String> messageId(JsonObject answer) {
        return MetaJson.objects(answer, "messages").stream().findFirst().flatMap(m -> MetaJson.string(m, "id"));
    }
}
