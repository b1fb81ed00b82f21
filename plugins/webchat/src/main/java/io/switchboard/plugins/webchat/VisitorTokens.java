package io.switchboard.plugins.webchat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and verifies visitor tokens: {@code visitorId + "." + base64url(HMAC-SHA256(key,
 * visitorId))}. The token is the visitor's only credential, so nothing about a visitor has to
 * be stored before their first message, and any host node can verify it.
 */
final class VisitorTokens {

    private static final Pattern VISITOR_ID = Pattern.compile("v_[A-Za-z0-9_-]{22}");
    private static final String HMAC = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /**
     * Creates the token service for one instance.
     *
     * @param signingKey the host's signing key of the instance, base64 (standard or url-safe)
     * @throws IllegalArgumentException when the key is not base64 or shorter than 32 bytes
     */
    VisitorTokens(String signingKey) {
        byte[] bytes = decode(signingKey);
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the signing key must hold at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(bytes, HMAC);
    }

    /**
     * A fresh, unguessable visitor id: {@code v_} and 22 url-safe characters (128 random bits).
     *
     * @return the id
     */
    String newVisitorId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return "v_" + BASE64URL.encodeToString(bytes);
    }

    /**
     * The token that proves a visitor id.
     *
     * @param visitorId the id
     * @return the token
     */
    String issue(String visitorId) {
        return visitorId + "." + signature(visitorId);
    }

    /**
     * Checks a token, comparing signatures in constant time.
     *
     * @param token the token the client presented
     * @return the visitor, or empty when the token is malformed or not signed with this key
     */
    Optional<Visitor> verify(String token) {
        int dot = token.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String visitorId = token.substring(0, dot);
        if (!VISITOR_ID.matcher(visitorId).matches()) {
            return Optional.empty();
        }
        byte[] presented = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = signature(visitorId).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(presented, expected) ? Optional.of(new Visitor(visitorId)) : Optional.empty();
    }

    private String signature(String visitorId) {
        try {
            // Mac instances are not thread-safe and the host calls us from many threads.
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return BASE64URL.encodeToString(mac.doFinal(visitorId.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    private static byte[] decode(String signingKey) {
        String trimmed = signingKey.strip();
        try {
            return Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException notStandard) {
            try {
                return Base64.getUrlDecoder().decode(trimmed);
            } catch (IllegalArgumentException notUrlSafe) {
                throw new IllegalArgumentException("the signing key is not base64", notUrlSafe);
            }
        }
    }
}
