package io.switchboard.plugins.meta;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta's webhook signature: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw
 * body, keyed with the app secret>}. The comparison takes the same time wherever the first
 * differing byte is, so response timing tells an attacker nothing about the right value.
 */
public final class HubSignature {

    /** The header carrying the signature. */
    public static final String HEADER = "X-Hub-Signature-256";

    private static final String PREFIX = "sha256=";
    private static final Pattern WELL_FORMED = Pattern.compile("sha256=[0-9a-fA-F]{64}");

    /** What a request's signature header turned out to be. */
    public enum Verdict {
        /** Present and correct. */
        VALID,
        /** No signature header at all. */
        MISSING,
        /** Not of the form {@code sha256=} followed by 64 hex digits. */
        MALFORMED,
        /** Well formed but not the signature of this body with our app secret. */
        MISMATCH
    }

    private final SecretKeySpec key;

    /**
     * A verifier for one app.
     *
     * @param appSecret the app secret
     */
    public HubSignature(String appSecret) {
        this.key = new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * Judges a request's signature header against its raw body.
     *
     * @param header the header value, if sent
     * @param body the raw body bytes, exactly as received
     * @return the verdict
     */
    public Verdict verify(Optional<String> header, byte[] body) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Verdict.MISSING;
        }
        String value = header.get().strip();
        if (!WELL_FORMED.matcher(value).matches()) {
            return Verdict.MALFORMED;
        }
        byte[] given = HexFormat.of().parseHex(value.substring(PREFIX.length()));
        return MessageDigest.isEqual(hmac(body), given) ? Verdict.VALID : Verdict.MISMATCH;
    }

    /**
     * The header value Meta would send with this body.
     *
     * @param body the raw body
     * @return {@code sha256=} and the lower-case hex HMAC
     */
    public String sign(byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(body));
    }

    private byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java runtime ships HmacSHA256, and any byte string is a valid HMAC key.
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
