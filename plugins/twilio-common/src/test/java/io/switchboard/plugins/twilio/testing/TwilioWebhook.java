package io.switchboard.plugins.twilio.testing;

import io.switchboard.api.channel.WebhookRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook exactly as Twilio sends it: form-encoded parameters POSTed to a URL and signed with
 * the account's auth token. The signing here is written independently of the plugins' verifier,
 * so a mistake in one is not silently shared by the other.
 */
public final class TwilioWebhook {

    private final String base;
    private final String pathAndQuery;
    private final Map<String, List<String>> params = new LinkedHashMap<>();

    private TwilioWebhook(String base, String pathAndQuery) {
        this.base = base;
        this.pathAndQuery = pathAndQuery;
    }

    /**
     * A webhook to a channel instance.
     *
     * @param instanceUrl the instance's webhook URL, such as {@code http://127.0.0.1:8080/webhooks/sms-1}
     * @param pathAndQuery what follows it, such as {@code /status} or {@code ""} for the root
     * @return the webhook, without parameters yet
     */
    public static TwilioWebhook to(String instanceUrl, String pathAndQuery) {
        return new TwilioWebhook(instanceUrl, pathAndQuery);
    }

    /**
     * Adds a parameter (a repeated name adds a value).
     *
     * @param name the parameter name
     * @param value the value
     * @return this webhook
     */
    public TwilioWebhook param(String name, String value) {
        params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        return this;
    }

    /**
     * Sets a parameter, replacing any values it had.
     *
     * @param name the parameter name
     * @param value the value
     * @return this webhook
     */
    public TwilioWebhook set(String name, String value) {
        params.put(name, new ArrayList<>(List.of(value)));
        return this;
    }

    /** The full URL Twilio requests. */
    public String url() {
        return base + pathAndQuery;
    }

    /** The form-encoded body. */
    public String body() {
        StringBuilder body = new StringBuilder();
        params.forEach((name, values) -> values.forEach(value -> {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }));
        return body.toString();
    }

    /** The signature Twilio would send with the given auth token. */
    public String signature(String authToken) {
        return sign(authToken, url(), params);
    }

    /**
     * Twilio's documented algorithm: HMAC-SHA1 over the URL followed by each parameter's name and
     * value, sorted by name; base64.
     */
    public static String sign(String authToken, String url, Map<String, List<String>> params) {
        StringBuilder data = new StringBuilder(url);
        for (Map.Entry<String, List<String>> param : new TreeMap<>(params).entrySet()) {
            param.getValue().stream().sorted().forEach(value -> data.append(param.getKey()).append(value));
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The request as a channel instance receives it from the host.
     *
     * @param signature the {@code X-Twilio-Signature} value, or {@code null} for none
     * @return the request
     */
    public WebhookRequest request(String signature) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/x-www-form-urlencoded"));
        if (signature != null) {
            headers.put("X-Twilio-Signature", List.of(signature));
        }
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        return new WebhookRequest("POST", path, URI.create(url()), headers, query(q < 0 ? "" : pathAndQuery
                .substring(q + 1)), body().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The request as Twilio sends it over HTTP.
     *
     * @param signature the {@code X-Twilio-Signature} value, or {@code null} for none
     * @return the request
     */
    public HttpRequest http(String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url())).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("User-Agent", "TwilioProxy/1.1")
                .POST(HttpRequest.BodyPublishers.ofString(body()));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return request.build();
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                query.computeIfAbsent(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        k -> new ArrayList<>()).add(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1),
                        StandardCharsets.UTF_8));
            }
        }
        return query;
    }
}
