package io.switchboard.plugins.meta;

import com.google.gson.JsonObject;
import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.InboundEvent;
import java.util.List;
import java.util.Map;

/**
 * The front door of a Meta channel's webhook: the verification handshake on GET, and on POST
 * the signature check over the raw bytes before the body is even parsed. A refused request
 * carries no events, so nothing of it is stored; an accepted one is answered with an empty
 * 200 once the host has committed its events (Meta retries anything else).
 */
public final class MetaWebhook {

    /** Turns a verified payload into events. */
    @FunctionalInterface
    public interface PayloadReader {
        /**
         * Reads a payload.
         *
         * @param payload the verified, parsed body
         * @return the events, in payload order
         * @throws PayloadException when the payload is not of the expected shape
         */
        List<InboundEvent> read(JsonObject payload);
    }

    private final SubscriptionHandshake handshake;
    private final HubSignature signature;
    private final String object;
    private final PayloadReader reader;

    /**
     * A webhook for one account.
     *
     * @param account the account, whose app secret and verify token are used
     * @param object the {@code object} value of this product's payloads ({@code whatsapp_business_account}, {@code page})
     * @param reader what makes events of a payload
     */
    public MetaWebhook(MetaAccount account, String object, PayloadReader reader) {
        this.handshake = new SubscriptionHandshake(account.verifyToken());
        this.signature = new HubSignature(account.appSecret());
        this.object = object;
        this.reader = reader;
    }

    /**
     * Handles one request to the instance's webhook URL.
     *
     * @param request the request
     * @return the events and the answer
     */
    public WebhookResult handle(WebhookRequest request) {
        if (!"/".equals(request.subPath())) {
            return WebhookResult.respond(WebhookResponse.problem(404, "Not found",
                    "Meta webhooks are received at the channel's webhook URL itself"));
        }
        return switch (request.method()) {
            case "GET" -> WebhookResult.respond(handshake.answer(request));
            case "POST" -> receive(request);
            default -> WebhookResult.respond(new WebhookResponse.Http(405, "application/problem+json",
                    WebhookResponse.problem(405, "Method not allowed", "use GET to verify and POST to deliver")
                            .body(), Map.of("Allow", "GET, POST")));
        };
    }

    private WebhookResult receive(WebhookRequest request) {
        byte[] body = request.body();
        HubSignature.Verdict verdict = signature.verify(request.header(HubSignature.HEADER), body);
        if (verdict != HubSignature.Verdict.VALID) {
            return WebhookResult.respond(WebhookResponse.problem(401, "Invalid signature", refusal(verdict)));
        }
        try {
            JsonObject payload = MetaJson.parseObject(body);
            if (!object.equals(MetaJson.stringOrNull(payload, "object"))) {
                // Another product's events sent to this URL by the app's subscription settings:
                // nothing for this channel, and a refusal would only make Meta retry.
                return WebhookResult.respond(WebhookResponse.empty(200));
            }
            return WebhookResult.accept(reader.read(payload), WebhookResponse.empty(200));
        } catch (PayloadException e) {
            return WebhookResult.respond(WebhookResponse.problem(400, "Unreadable payload", e.getMessage()));
        }
    }

    private static String refusal(HubSignature.Verdict verdict) {
        return switch (verdict) {
            case MISSING -> "the " + HubSignature.HEADER + " header is missing";
            case MALFORMED -> "the " + HubSignature.HEADER + " header is not sha256= followed by 64 hex digits";
            default -> "the " + HubSignature.HEADER + " header does not match the body signed with the app secret";
        };
    }
}
