package io.switchboard.plugins.twilio;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's request signature, sent as {@value #HEADER}: the base64 HMAC-SHA1, keyed with the
 * account's auth token, of the full URL Twilio requested (query included) followed by every
 * POST parameter's name and value, sorted by name, with no separators.
 */
public final class TwilioSignature {

    /** The header carrying the signature. */
    public static final String HEADER = "X-Twilio-Signature";

    private static final String ALGORITHM = "HmacSHA1";

    private final SecretKeySpec key;

    /**
     * A signer for one account.
     *
     * @param authToken the account's auth token, the HMAC key
     */
    public TwilioSignature(String authToken) {
        Objects.requireNonNull(authToken, "authToken");
        this.key = new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /**
     * The signature Twilio sends for a request.
     *
     * @param url the full URL as Twilio requested it, query included
     * @param params the POST parameters; a repeated name contributes each of its values, sorted
     * @return the base64 signature
     */
    public String compute(String url, Map<String, List<String>> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, values) -> values.stream().sorted()
                .forEach(value -> data.append(name).append(value)));
        return Base64.getEncoder().encodeToString(hmac(data.toString()));
    }

    /**
     * Whether a signature is Twilio's for this URL and these parameters. Twilio sometimes
     * signs a URL with its default port written out and sometimes without, so both spellings
     * are accepted, as Twilio's own libraries do. The comparison takes constant time.
     *
     * @param url the full URL as Twilio requested it
     * @param params the POST parameters
     * @param signature the header's value
     * @return whether it matches
     */
    public boolean matches(String url, Map<String, List<String>> params, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        byte[] given = signature.strip().getBytes(StandardCharsets.US_ASCII);
        boolean matched = false;
        for (String candidate : spellings(url)) {
            // No early exit: every spelling is checked, so timing says nothing about which matched.
            matched |= MessageDigest.isEqual(given, compute(candidate, params).getBytes(StandardCharsets.US_ASCII));
        }
        return matched;
    }

    /** The URL as given, without an explicit port, and with the scheme's default port written out. */
    static List<String> spellings(String url) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(url);
        try {
            URI uri = new URI(url);
            if (uri.getHost() != null && uri.getScheme() != null) {
                int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
                spellings.add(withPort(uri, -1));
                if (uri.getPort() == -1) {
                    spellings.add(withPort(uri, defaultPort));
                }
            }
        } catch (URISyntaxException e) {
            // Not a URI Java understands: only the spelling Twilio sent can match.
        }
        return new ArrayList<>(spellings);
    }

    private static String withPort(URI uri, int port) {
        StringBuilder url = new StringBuilder(uri.getScheme()).append("://");
        if (uri.getRawUserInfo() != null) {
            url.append(uri.getRawUserInfo()).append('@');
        }
        url.append(uri.getHost());
        if (port != -1) {
            url.append(':').append(port);
        }
        url.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            url.append('?').append(uri.getRawQuery());
        }
        if (uri.getRawFragment() != null) {
            url.append('#').append(uri.getRawFragment());
        }
        return url.toString();
    }

    private byte[] hmac(String data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA1 is unavailable in this JDK", e);
        }
    }

    /**
     * Names the algorithm only; the key stays out of logs.
     *
     * @return a description without the key
     */
    @Override
    public String toString() {
        return "TwilioSignature[HMAC-SHA1]";
    }
}
