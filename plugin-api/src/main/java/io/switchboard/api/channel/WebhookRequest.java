package io.switchboard.api.channel;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request addressed to one channel instance, as the provider sent it. The body is
 * the exact raw bytes, so signatures over it can be verified.
 *
 * @param method HTTP method, upper case
 * @param subPath the path below {@code /webhooks/{key}}, starting with {@code /} (just
 *     {@code /} for the instance's root); lets one instance serve several endpoints
 * @param publicUrl the full URL the provider called, as seen from outside (built from the
 *     configured public base URL, with the query string); Twilio signs it
 * @param headers headers by lower-cased name
 * @param query query parameters, decoded
 * @param body raw body bytes, empty when none
 * @since 1.0
 */
public record WebhookRequest(String method, String subPath, URI publicUrl, Map<String, List<String>> headers,
                             Map<String, List<String>> query, byte[] body) {

    /**
     * Validates the components, lower-cases header names and copies everything.
     *
     * @since 1.0
     */
    public WebhookRequest {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        subPath = subPath == null || subPath.isEmpty() ? "/" : subPath;
        Objects.requireNonNull(publicUrl, "publicUrl");
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.forEach((name, values) -> lower.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .addAll(values));
        headers = copy(lower);
        query = copy(query);
        body = body == null ? new byte[0] : body.clone();
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The raw body, copied.
     *
     * @return the bytes
     * @since 1.0
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * The body decoded as UTF-8.
     *
     * @return the text
     * @since 1.0
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The first value of a header.
     *
     * @param name header name, any case
     * @return the value, if present
     * @since 1.0
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The first value of a query parameter.
     *
     * @param name parameter name
     * @return the value, if present
     * @since 1.0
     */
    public Optional<String> queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The body parsed as {@code application/x-www-form-urlencoded}, in the order sent.
     *
     * @return parameters by name; empty when the body is empty
     * @since 1.0
     */
    public Map<String, List<String>> form() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        String text = bodyText();
        if (!text.isEmpty()) {
            for (String pair : text.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                form.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return copy(form);
    }

    /**
     * Compares by value, including the body bytes.
     *
     * @param other the other object
     * @return whether equal
     * @since 1.0
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookRequest r && method.equals(r.method) && subPath.equals(r.subPath)
                && publicUrl.equals(r.publicUrl) && headers.equals(r.headers) && query.equals(r.query)
                && Arrays.equals(body, r.body);
    }

    /**
     * Hashes by value, including the body bytes.
     *
     * @return the hash
     * @since 1.0
     */
    @Override
    public int hashCode() {
        return Objects.hash(method, subPath, publicUrl, headers, query, Arrays.hashCode(body));
    }

    /**
     * Describes the request without headers or body, which may hold credentials.
     *
     * @return the description
     * @since 1.0
     */
    @Override
    public String toString() {
        return "WebhookRequest[" + method + " " + subPath + ", " + body.length + " bytes]";
    }
}
