package io.switchboard.host.web;

import com.google.gson.JsonParseException;
import io.switchboard.host.problem.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Reads and writes JSON bodies with {@link Json#GSON}; bad JSON becomes a 400 problem. */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/problem+json", "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public final class GsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    private static final int MAX_BODY = 1024 * 1024;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws java.io.IOException {
        byte[] bytes = entity.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new Problem(413, "Payload too large", "JSON bodies are limited to 1 MiB", java.util.Map.of());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw Problem.badRequest("a JSON body is required");
        }
        try {
            Object value = Json.GSON.fromJson(text, genericType);
            if (value == null) {
                throw Problem.badRequest("a JSON object is required, not null");
            }
            return value;
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException e) {
            throw Problem.badRequest("malformed JSON: " + rootMessage(e));
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws java.io.IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        buffer.write(Json.GSON.toJson(value, genericType).getBytes(StandardCharsets.UTF_8));
        buffer.writeTo(out);
    }

    private static boolean isJson(Class<?> type) {
        return type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type)
                && !jakarta.ws.rs.core.StreamingOutput.class.isAssignableFrom(type)
                && !org.glassfish.jersey.server.ChunkedOutput.class.isAssignableFrom(type);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? e.getClass().getSimpleName() : root.getMessage();
        int troubleshooting = message.indexOf("\nSee https://");
        return troubleshooting < 0 ? message : message.substring(0, troubleshooting);
    }
}
