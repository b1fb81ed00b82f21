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
            .registerTypeAdapterFactory(new LowerCaseEnums())
            .create();

    private Json() {
    }

    /**
     * Every enum travels in lower case ({@code "sent"}, {@code "admin"}), matching the API's
     * string states; input is read case-insensitively. {@code @SerializedName} still wins.
     */
    private static final class LowerCaseEnums implements com.google.gson.TypeAdapterFactory {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public <T> TypeAdapter<T> create(Gson gson, com.google.gson.reflect.TypeToken<T> type) {
            Class<? super T> raw = type.getRawType();
            if (!Enum.class.isAssignableFrom(raw) || raw == Enum.class) {
                return null;
            }
            java.util.Map<String, Enum> byName = new java.util.HashMap<>();
            java.util.Map<Enum, String> names = new java.util.HashMap<>();
            for (Object constant : raw.getEnumConstants()) {
                Enum e = (Enum) constant;
                String name = serializedName(raw, e);
                names.put(e, name);
                byName.put(name.toLowerCase(java.util.Locale.ROOT), e);
            }
            return (TypeAdapter<T>) new TypeAdapter<Enum>() {
                @Override
                public void write(JsonWriter out, Enum value) throws IOException {
                    out.value(value == null ? null : names.get(value));
                }

                @Override
                public Enum read(JsonReader in) throws IOException {
                    if (in.peek() == JsonToken.NULL) {
                        in.nextNull();
                        return null;
                    }
                    String text = in.nextString();
                    Enum value = byName.get(text.toLowerCase(java.util.Locale.ROOT));
                    if (value == null) {
                        throw new com.google.gson.JsonSyntaxException("'" + text + "' is not one of " + names.values()
                                + " at " + in.getPath());
                    }
                    return value;
                }
            };
        }

        private static String serializedName(Class<?> type, Enum<?> constant) {
            try {
                var annotation = type.getField(constant.name())
                        .getAnnotation(com.google.gson.annotations.SerializedName.class);
                return annotation != null ? annotation.value() : constant.name().toLowerCase(java.util.Locale.ROOT);
            } catch (NoSuchFieldException e) {
                return constant.name().toLowerCase(java.util.Locale.ROOT);
            }
        }
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
