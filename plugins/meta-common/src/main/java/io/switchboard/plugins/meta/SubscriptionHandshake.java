package io.switchboard.plugins.meta;

import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Meta's webhook verification: when an admin saves the callback URL, Meta sends
 * {@code GET ?hub.mode=subscribe&hub.verify_token=...&hub.challenge=...} and expects the
 * challenge echoed back as the whole body, but only from the server that knows the token.
 */
public final class SubscriptionHandshake {

    private final byte[] verifyToken;

    /**
     * A handshake for one verify token.
     *
     * @param verifyToken the token the admin configured on both sides
     */
    public SubscriptionHandshake(String verifyToken) {
        this.verifyToken = verifyToken.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Answers a verification request.
     *
     * @param request the GET request
     * @return 200 with the challenge as plain text, or 403 when the mode or token is wrong
     */
    public WebhookResponse answer(WebhookRequest request) {
        String mode = request.queryParam("hub.mode").orElse("");
        String token = request.queryParam("hub.verify_token").orElse("");
        String challenge = request.queryParam("hub.challenge").orElse("");
        if (!"subscribe".equals(mode) || challenge.isEmpty()) {
            return WebhookResponse.problem(403, "Verification refused",
                    "expected hub.mode=subscribe with a hub.challenge");
        }
        if (!MessageDigest.isEqual(verifyToken, token.getBytes(StandardCharsets.UTF_8))) {
            return WebhookResponse.problem(403, "Verification refused",
                    "hub.verify_token does not match this channel's verify token");
        }
        return WebhookResponse.text(200, "text/plain", challenge);
    }
}
