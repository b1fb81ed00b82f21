package io.switchboard.plugins.meta;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading Meta's JSON: strict parsing (Gson is lenient by default and would take trailing
 * garbage), and lookups that treat an absent or mistyped member as absent, because Meta adds
 * fields and types over time and one odd field must not cost the rest of a payload.
 */
public final class MetaJson {

    private static final Gson GSON = new Gson();

    private MetaJson() {
    }

    /**
     * Parses a whole body as one JSON object.
     *
     * @param body the raw bytes
     * @return the object
     * @throws PayloadException when the body is not exactly one JSON object
     */
    public static JsonObject parseObject(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = GSON.getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new PayloadException("the body holds more than one JSON value");
            }
            if (element == null || !element.isJsonObject()) {
                throw new PayloadException("the body must be a JSON object");
            }
            return element.getAsJsonObject();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new PayloadException("the body is not valid JSON");
        }
    }

    /**
     * A string (or number, as text) member.
     *
     * @param object the object, or {@code null}
     * @param name the member name
     * @return the value, if present as a string or number
     */
    public static Optional<String> string(JsonObject object, String name) {
        JsonElement value = object == null ? null : object.get(name);
        if (value == null || !value.isJsonPrimitive() || value.getAsJsonPrimitive().isBoolean()) {
            return Optional.empty();
        }
        return Optional.of(value.getAsString());
    }

    /**
     * A string member, or {@code null}.
     *
     * @param object the object, or {@code null}
     * @param name the member name
     * @return the value or {@code null}
     */
    public static String stringOrNull(JsonObject object, String name) {
        return string(object, name).orElse(null);
    }

    /**
     * An object member.
     *
     * @param object the object, or {@code null}
     * @param name the member name
     * @return the member, if present as an object
     */
    public static Optional<JsonObject> object(JsonObject object, String name) {
        JsonElement value = object == null ? null : object.get(name);
        return value != null && value.isJsonObject() ? Optional.of(value.getAsJsonObject()) : Optional.empty();
    }

    /**
     * The objects of an array member, skipping elements that are not objects.
     *
     * @param object the object, or {@code null}
     * @param name the member name
     * @return the objects, empty when the member is absent
     * @throws PayloadException when the member is present but not an array
     */
    public static List<JsonObject> objects(JsonObject object, String name) {
        JsonElement value = object == null ? null : object.get(name);
        if (value == null || value.isJsonNull()) {
            return List.of();
        }
        if (!value.isJsonArray()) {
            throw new PayloadException("'" + name + "' must be an array");
        }
        List<JsonObject> objects = new ArrayList<>();
        for (JsonElement element : (JsonArray) value) {
            if (element.isJsonObject()) {
                objects.add(element.getAsJsonObject());
            }
        }
        return List.copyOf(objects);
    }

    /**
     * The string elements of an array member.
     *
     * @param object the object, or {@code null}
     * @param name the member name
     * @return the strings, empty when the member is absent or not an array
     */
    public static List<String> strings(JsonObject object, String name) {
        JsonElement value = object == null ? null : object.get(name);
        if (value == null || !value.isJsonArray()) {
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        for (JsonElement element : value.getAsJsonArray()) {
            if (element.isJsonPrimitive()) {
                strings.add(element.getAsString());
            }
        }
        return List.copyOf(strings);
    }
}
