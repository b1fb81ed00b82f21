package io.switchboard.host.web;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * The API's one Gson: ISO-8601 instants and durations, nulls written out so clients see
 * every field. Host types only; plugins never receive it.
 */
public final class Json {

    public static final Gson GSON = new GsonBuilder()
            .serializeNulls()
            .disableHtmlEscaping()
            .registerTypeAdapter(Instant.class, new IsoAdapter<>(Instant::parse).nullSafe())
            .registerTypeAdapter(Duration.class, new IsoAdapter<>(Duration::parse).nullSafe())
            .create();

    private Json() {
    }

    private static final class IsoAdapter<T> extends TypeAdapter<T> {
        private final java.util.function.Function<String, T> parser;

        IsoAdapter(java.util.function.Function<String, T> parser) {
            this.parser = parser;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public T read(JsonReader in) throws IOException {
            if (in.peek() != JsonToken.STRING) {
                throw new com.google.gson.JsonSyntaxException("expected an ISO-8601 string at " + in.getPath());
            }
            String text = in.nextString();
            try {
                return parser.apply(text);
            } catch (RuntimeException e) {
                throw new com.google.gson.JsonSyntaxException("'" + text + "' is not ISO-8601 at " + in.getPath());
            }
        }
    }
}
