package io.switchboard.host.testing;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Posts webhooks to a desk as Meta does: the raw JSON body signed in X-Hub-Signature-256. */
public final class MetaWebhookSender {

    private final TestDesk desk;
    private final String key;

    public MetaWebhookSender(TestDesk desk, String key) {
        this.desk = desk;
        this.key = key;
    }

    /** POSTs the payload signed with this app secret. */
    public ApiResponse post(String appSecret, String payload) {
        return postWithSignature(payload, signature(appSecret, payload));
    }

    /** POSTs the payload with exactly this signature header, or none when null. */
    public ApiResponse postWithSignature(String payload, String signatureHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(desk.url("/webhooks/" + key))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signatureHeader != null) {
            request.header("X-Hub-Signature-256", signatureHeader);
        }
        return desk.send(request.build());
    }

    /** The verification GET Meta sends when the callback URL is saved. */
    public ApiResponse verify(String verifyToken, String challenge) {
        return desk.send(HttpRequest.newBuilder(URI.create(desk.url("/webhooks/" + key) + "?hub.mode=subscribe"
                + "&hub.verify_token=" + verifyToken + "&hub.challenge=" + challenge)).GET().build());
    }

    public static String signature(String appSecret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
