package io.switchboard.testkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the plugin's provider on loopback HTTP: it records every request the plugin
 * makes (its outbound deliveries, media downloads...) and answers what the test says. Point the
 * plugin's base URL setting at {@link #url()}.
 */
public final class RecordingProvider implements AutoCloseable {

    /** A request the plugin made. */
    public record Request(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

        /** The first value of a header, whatever its case; null when absent. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** An answer to give. */
    public record Answer(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Answer> scripted = new ConcurrentLinkedDeque<>();
    private volatile Answer fallback = new Answer(200, "application/json", "{}");

    RecordingProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body));
            Answer answer = scripted.pollFirst();
            Answer given = answer == null ? fallback : answer;
            byte[] out = given.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", given.contentType());
            exchange.sendResponseHeaders(given.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
            exchange.close();
        });
        server.start();
    }

    /** The base URL to configure the plugin with, such as {@code http://127.0.0.1:41234}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers the next request with this (then the default again). */
    public void answerNext(int status, String contentType, String body) {
        scripted.addLast(new Answer(status, contentType, body));
    }

    /** Answers every request not scripted with {@link #answerNext} with this. */
    public void answerAlways(int status, String contentType, String body) {
        fallback = new Answer(status, contentType, body);
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    /** Waits up to 10 s until at least {@code count} requests arrived. */
    public List<Request> awaitRequests(int count) {
        SwitchboardDesk.await(count + " provider requests", () -> requests.size() >= count);
        return requests();
    }

    void reset() {
        requests.clear();
        scripted.clear();
        fallback = new Answer(200, "application/json", "{}");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
