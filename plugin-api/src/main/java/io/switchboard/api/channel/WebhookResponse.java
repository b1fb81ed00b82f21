package io.switchboard.api.channel;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The exact HTTP answer a provider expects (an empty 200, an echoed {@code hub.challenge},
 * TwiML), or a live event stream for a realtime client such as a web chat visitor. The host
 * sends it only after the events that came with it are committed.
 *
 * @since 1.0
 */
public sealed interface WebhookResponse {

    /**
     * A plain HTTP response.
     *
     * @param status HTTP status code
     * @param contentType the Content-Type, or {@code null} for none
     * @param body the body bytes
     * @param headers extra headers, such as CORS headers
     * @since 1.0
     */
    record Http(int status, String contentType, byte[] body, Map<String, String> headers) implements WebhookResponse {

        /**
         * Validates the components and copies the body and headers.
         *
         * @since 1.0
         */
        public Http {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("invalid HTTP status: " + status);
            }
            body = body == null ? new byte[0] : body.clone();
            headers = Map.copyOf(headers == null ? Map.of() : headers);
        }

        /**
         * The body, copied.
         *
         * @return the bytes
         * @since 1.0
         */
        @Override
        public byte[] body() {
            return body.clone();
        }

        /**
         * This response with one more header.
         *
         * @param name the header name
         * @param value the header value
         * @return a copy with the header
         * @since 1.0
         */
        public Http withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Http(status, contentType, body, more);
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
            return other instanceof Http h && status == h.status && Objects.equals(contentType, h.contentType)
                    && Arrays.equals(body, h.body) && headers.equals(h.headers);
        }

        /**
         * Hashes by value, including the body bytes.
         *
         * @return the hash
         * @since 1.0
         */
        @Override
        public int hashCode() {
            return Objects.hash(status, contentType, Arrays.hashCode(body), headers);
        }

        /**
         * Describes the response with its body as text.
         *
         * @return the description
         * @since 1.0
         */
        @Override
        public String toString() {
            return "Http[" + status + " " + contentType + " " + new String(body, StandardCharsets.UTF_8) + "]";
        }
    }

    /**
     * Keep the connection open as a Server-Sent Events stream and forward every event the
     * plugin publishes to {@code topic} through {@link LiveTopics#publish}.
     *
     * @param topic the topic, scoped to this channel instance
     * @param headers extra headers, such as CORS headers
     * @since 1.0
     */
    record EventStream(String topic, Map<String, String> headers) implements WebhookResponse {

        /**
         * Validates the components and copies the headers.
         *
         * @since 1.0
         */
        public EventStream {
            Objects.requireNonNull(topic, "topic");
            headers = Map.copyOf(headers == null ? Map.of() : headers);
        }
    }

    /**
     * An empty response.
     *
     * @param status the status code
     * @return the response
     * @since 1.0
     */
    static Http empty(int status) {
        return new Http(status, null, new byte[0], Map.of());
    }

    /**
     * A text response.
     *
     * @param status the status code
     * @param contentType the Content-Type, such as {@code text/plain} or {@code text/xml}
     * @param body the body, sent as UTF-8
     * @return the response
     * @since 1.0
     */
    static Http text(int status, String contentType, String body) {
        return new Http(status, contentType + "; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /**
     * A JSON response.
     *
     * @param status the status code
     * @param json the JSON text
     * @return the response
     * @since 1.0
     */
    static Http json(int status, String json) {
        return new Http(status, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /**
     * An RFC 9457 problem response ({@code application/problem+json}); the host uses this
     * shape for every error, so plugins should too.
     *
     * @param status the status code
     * @param title a short summary, such as {@code Invalid signature}
     * @param detail what exactly was wrong, never containing a secret
     * @return the response
     * @since 1.0
     */
    static Http problem(int status, String title, String detail) {
        String json = "{\"type\":\"about:blank\",\"title\":" + quote(title) + ",\"status\":" + status
                + ",\"detail\":" + quote(detail) + "}";
        return new Http(status, "application/problem+json", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /**
     * A Server-Sent Events stream of a topic.
     *
     * @param topic the topic
     * @return the response
     * @since 1.0
     */
    static EventStream stream(String topic) {
        return new EventStream(topic, Map.of());
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
