package io.switchboard.plugins.twilio;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.Optional;

/**
 * An answer of Twilio's REST API: its status, its JSON body and how long Twilio asked us to
 * wait before trying again.
 *
 * @param status the HTTP status
 * @param body the body as text
 * @param retryAfter the {@code Retry-After} delay, or {@code null}
 */
public record TwilioResponse(int status, String body, Duration retryAfter) {

    /**
     * Whether Twilio accepted the request (2xx).
     *
     * @return whether successful
     */
    public boolean successful() {
        return status >= 200 && status < 300;
    }

    /**
     * The body as a JSON object; an empty object when it is not one (a proxy's HTML page).
     *
     * @return the object
     */
    public JsonObject json() {
        try {
            JsonElement element = JsonParser.parseString(body == null ? "" : body);
            return element.isJsonObject() ? element.getAsJsonObject() : new JsonObject();
        } catch (JsonParseException e) {
            return new JsonObject();
        }
    }

    /**
     * A top-level string (or number) property of the JSON body.
     *
     * @param name the property, such as {@code sid}
     * @return its value as text, when present and not null
     */
    public Optional<String> text(String name) {
        JsonElement value = json().get(name);
        return value == null || value.isJsonNull() || !value.isJsonPrimitive() ? Optional.empty()
                : Optional.of(value.getAsString());
    }
}
