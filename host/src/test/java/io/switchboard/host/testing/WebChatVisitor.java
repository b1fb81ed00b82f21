package io.switchboard.host.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A web chat visitor talking to a test desk over HTTP, as the widget does. */
public final class WebChatVisitor implements AutoCloseable {

    private final TestDesk desk;
    private final String base;
    private final String visitorId;
    private final String token;
    private SseClient stream;

    private WebChatVisitor(TestDesk desk, String base, String visitorId, String token) {
        this.desk = desk;
        this.base = base;
        this.visitorId = visitorId;
        this.token = token;
    }

    public static WebChatVisitor arrive(TestDesk desk, String instanceKey, Map<String, String> details) {
        String base = "/webhooks/" + instanceKey;
        ApiResponse created = desk.send("POST", base + "/visitors", null, details);
        if (created.status() != 201) {
            throw new IllegalStateException("visitor not created: " + created);
        }
        JsonObject json = created.json();
        return new WebChatVisitor(desk, base, json.get("visitorId").getAsString(), json.get("token").getAsString());
    }

    public String visitorId() {
        return visitorId;
    }

    public String token() {
        return token;
    }

    public ApiResponse say(String text) {
        return say(text, UUID.randomUUID().toString());
    }

    public ApiResponse say(String text, String clientMessageId) {
        return desk.send("POST", base + "/messages", token, Map.of("text", text, "clientMessageId", clientMessageId));
    }

    public ApiResponse history() {
        return desk.send("GET", base + "/messages", token, null);
    }

    /** Opens the live stream; events arrive in {@link #streamed()}. */
    public void listen() {
        stream = SseClient.open(desk.http(), desk.url(base + "/stream?token=" + token), null);
    }

    /** Data of every event received on the live stream, parsed as JSON. */
    public List<JsonObject> streamed() {
        return stream.events().stream().map(e -> JsonParser.parseString(e.data()).getAsJsonObject()).toList();
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
