package com.example.hookchat;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.ChannelContext;
import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.DeliveryStatus;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.DeliveryUpdate;
import io.switchboard.api.channel.event.InboundMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HookChat account. Webhooks are form posts signed with HMAC-SHA256 over the raw body:
 * {@code event=message&id&from&name&text} is a customer's message, {@code event=status&id&status&reason}
 * the fate of a reply. Replies are POSTed as JSON to {@code baseUrl/v1/messages}.
 */
final class HookChatInstance implements ChannelInstance {

    private static final Pattern ID_FIELD = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final ChannelContext context;
    private final WebhookSignature signature;
    private final URI messagesUrl;
    private final String apiToken;

    HookChatInstance(ChannelContext context) {
        this.context = context;
        this.signature = new WebhookSignature(context.config().require("signingSecret"));
        this.messagesUrl = URI.create(context.config().get("baseUrl").orElse("https://api.hookchat.example")
                .replaceAll("/+$", "") + "/v1/messages");
        this.apiToken = context.config().require("apiToken");
    }

    @Override
    public WebhookResult onWebhook(WebhookRequest request) {
        if (!signature.verifies(request.body(), request.header("X-HookChat-Signature").orElse(null))) {
            return WebhookResult.respond(WebhookResponse.problem(401, "Invalid signature",
                    "X-HookChat-Signature does not match the body"));
        }
        Map<String, List<String>> form = request.form();
        String event = first(form, "event");
        String id = first(form, "id");
        if (id == null || event == null) {
            return WebhookResult.respond(WebhookResponse.problem(400, "Bad webhook", "event and id are required"));
        }
        if (event.equals("status")) {
            DeliveryStatus status = switch (String.valueOf(first(form, "status"))) {
                case "delivered" -> DeliveryStatus.DELIVERED;
                case "read" -> DeliveryStatus.READ;
                default -> DeliveryStatus.FAILED;
            };
            return WebhookResult.accept(List.of(new DeliveryUpdate(id, status, context.clock().instant(), null,
                    first(form, "reason"))), WebhookResponse.empty(204));
        }
        // The provider's event id is the message's external id: a retried webhook is stored once.
        InboundMessage message = InboundMessage.text(id, new Address(HookChatConnector.HOOKCHAT_USER,
                first(form, "from")), first(form, "name"), context.clock().instant(), first(form, "text"));
        return WebhookResult.accept(List.of(message), WebhookResponse.empty(204));
    }

    @Override
    public DeliveryResult deliver(OutboundMessage message) throws IOException, InterruptedException {
        String json = "{\"to\":" + quote(message.recipient().value()) + ",\"text\":" + quote(message.text()) + "}";
        HttpRequest request = HttpRequest.newBuilder(messagesUrl).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + apiToken).header("Content-Type", "application/json")
                // The desk retries with the same message id; HookChat drops a repeated key.
                .header("Idempotency-Key", message.messageId())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = context.http().send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status / 100 == 2) {
            Matcher id = ID_FIELD.matcher(response.body());
            return id.find() ? DeliveryResult.sent(id.group(1)) : DeliveryResult.retry("HookChat answered without an id");
        }
        if (status == 429 || status >= 500) {
            return DeliveryResult.retry("HookChat answered " + status);
        }
        return DeliveryResult.failed(String.valueOf(status), "HookChat refused the message: " + response.body());
    }

    private static String first(Map<String, List<String>> form, String key) {
        List<String> values = form.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : String.valueOf(text).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

}
