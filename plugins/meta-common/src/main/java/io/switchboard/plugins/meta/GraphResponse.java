package io.switchboard.plugins.meta;

import com.google.gson.JsonObject;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer of the Graph API.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the raw body
 */
public record GraphResponse(int status, HttpHeaders headers, byte[] body) {

    /**
     * Validates the components and copies the body.
     */
    public GraphResponse {
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body.clone();
    }

    /**
     * The raw body, copied.
     *
     * @return the bytes
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * Whether the status is 2xx.
     *
     * @return true on success
     */
    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /**
     * The body as a JSON object.
     *
     * @return the object, or empty when the body is not one (an HTML error page of a proxy)
     */
    public Optional<JsonObject> json() {
        try {
            return Optional.of(MetaJson.parseObject(body));
        } catch (PayloadException e) {
            return Optional.empty();
        }
    }

    /**
     * The Content-Type, if sent.
     *
     * @return the media type
     */
    public Optional<String> contentType() {
        return headers.firstValue("content-type");
    }

    /**
     * The delay the server asked for in a {@code Retry-After} header given in seconds.
     *
     * @return the delay, if given
     */
    public Optional<Duration> retryAfter() {
        return headers.firstValue("retry-after").flatMap(value -> {
            try {
                long seconds = Long.parseLong(value.strip());
                return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Describes the response without its body, which may echo what was sent.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "GraphResponse[" + status + ", " + body.length + " bytes]";
    }
}
