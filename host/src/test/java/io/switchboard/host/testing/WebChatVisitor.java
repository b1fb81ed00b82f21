package io.switchboard.host.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** A web chat visitor talking to a test desk over HTTP, as the widget does. */
public final class WebChatVisitor implements AutoCloseable {

    private final TestDesk desk;
    private final String base;
    private final String visitorId;
    private final String token;
    private final List<String> streamData = new CopyOnWriteArrayList<>();
    private CompletableFuture<HttpResponse<Stream<String>>> stream;

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

    /** Opens the live stream; data lines arrive in {@link #streamed()}. */
    public void listen() {
        HttpRequest request = HttpRequest.newBuilder(desk.url(base + "/stream?token=" + token))
                .header("Accept", "text/event-stream").timeout(Duration.ofMinutes(2)).GET().build();
        stream = desk.http().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        // Headers arrive once the desk has subscribed the stream, so nothing published later is missed.
        TestDesk.await("the visitor's stream is open", stream::isDone);
        HttpResponse<Stream<String>> response = stream.join();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("stream refused: " + response.statusCode());
        }
        CompletableFuture.runAsync(() -> response.body().forEach(line -> {
            if (line.startsWith("data:")) {
                streamData.add(line.substring(5).strip());
            }
        }));
    }

    /** Data of every event received on the live stream, parsed as JSON. */
    public List<JsonObject> streamed() {
        return streamData.stream().map(s -> JsonParser.parseString(s).getAsJsonObject()).toList();
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.cancel(true);
        }
    }
}
