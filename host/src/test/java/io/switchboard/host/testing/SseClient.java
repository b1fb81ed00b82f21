package io.switchboard.host.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Reads a Server-Sent Events stream in the background, keeping every event it receives. */
public final class SseClient implements AutoCloseable {

    /** One received event. */
    public record Event(String name, String data) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private volatile boolean ended;
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    private SseClient(CompletableFuture<HttpResponse<Stream<String>>> response) {
        this.response = response;
    }

    /** Opens the stream and returns once the server accepted it, so later events are not missed. */
    public static SseClient open(HttpClient http, URI uri, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                .timeout(Duration.ofMinutes(2)).GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        SseClient client = new SseClient(http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()));
        TestDesk.await("the event stream is open", client.response::isDone);
        HttpResponse<Stream<String>> opened = client.response.join();
        if (opened.statusCode() != 200) {
            throw new IllegalStateException("stream refused with " + opened.statusCode());
        }
        CompletableFuture.runAsync(() -> client.read(opened.body()))
                .whenComplete((done, failure) -> client.ended = true);
        return client;
    }

    private void read(Stream<String> lines) {
        String[] name = {"message"};
        StringBuilder data = new StringBuilder();
        lines.forEach(line -> {
            if (line.startsWith("event:")) {
                name[0] = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.append(data.length() == 0 ? "" : "\n").append(line.substring(5).strip());
            } else if (line.isEmpty() && data.length() > 0) {
                events.add(new Event(name[0], data.toString()));
                data.setLength(0);
                name[0] = "message";
            }
        });
    }

    public List<Event> events() {
        return events;
    }

    /** Whether the server ended the stream (or it broke). */
    public boolean ended() {
        return ended;
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
