package io.switchboard.host.surveys;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Links to the hosted one-question page: {@code /s/<request id>.<HMAC-SHA256 of the id>} under a
 * key only the host holds. The signature binds the link to one survey request (and so to one
 * conversation), so it can be neither forged nor pointed at another request.
 */
final class SurveyLinks {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Supplier<byte[]> key;
    private final Supplier<URI> publicUrl;

    SurveyLinks(Supplier<byte[]> key, Supplier<URI> publicUrl) {
        this.key = key;
        this.publicUrl = publicUrl;
    }

    String token(long requestId) {
        return requestId + "." + signature(requestId);
    }

    URI link(long requestId) {
        return URI.create(publicUrl.get() + "/s/" + token(requestId));
    }

    /** The request a token names, when its signature is right. */
    OptionalLong verify(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
            return OptionalLong.empty();
        }
        long requestId;
        try {
            requestId = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = signature(requestId).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) ? OptionalLong.of(requestId) : OptionalLong.empty();
    }

    private String signature(long requestId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get(), "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(("survey-request:" + requestId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
