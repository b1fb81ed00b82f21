package io.switchboard.plugins.webchat;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.switchboard.api.channel.WebhookRequest;
import java.io.IOException;
import java.io.StringReader;

/**
 * Reads the JSON bodies visitors send. Parsing is strict (Gson is lenient by default and
 * would accept {@code {text:hi}} or trailing garbage), and every failure is a 400 problem.
 */
final class JsonBodies {

    private static final Gson GSON = new Gson();

    private JsonBodies() {
    }

    /**
     * The body as a JSON object.
     *
     * @param request the request
     * @param emptyAllowed whether an empty body counts as {@code {}}
     * @return the object
     * @throws RequestProblem when the body is missing, not JSON or not an object
     */
    static JsonObject object(WebhookRequest request, boolean emptyAllowed) {
        String text = request.bodyText();
        if (text.isBlank()) {
            if (emptyAllowed) {
                return new JsonObject();
            }
            throw RequestProblem.badRequest("the request body must be a JSON object");
        }
        JsonElement element = parse(text);
        if (!element.isJsonObject()) {
            throw RequestProblem.badRequest("the request body must be a JSON object");
        }
        return element.getAsJsonObject();
    }

    /**
     * A string member that may be absent or {@code null}.
     *
     * @param object the object
     * @param name the member name
     * @return the string, or {@code null} when absent
     * @throws RequestProblem when the member is present but not a string
     */
    static String optionalString(JsonObject object, String name) {
        JsonElement value = object.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw RequestProblem.badRequest("'" + name + "' must be a string");
        }
        return value.getAsString();
    }

    private static JsonElement parse(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = GSON.getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw RequestProblem.badRequest("the request body holds more than one JSON value");
            }
            return element;
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw RequestProblem.badRequest("the request body is not valid JSON");
        }
    }
}
