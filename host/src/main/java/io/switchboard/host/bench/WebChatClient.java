package io.switchboard.host.bench;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A web chat visitor's side of the wire, as the widget speaks it: {@code POST /visitors} for a
 * token, then {@code POST /messages} with it. Any answer other than the documented status is
 * a failure carrying the body, so a broken run stops instead of producing figures.
 */
final class WebChatClient {

    private static final Gson GSON = new Gson();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI visitors;
    private final URI messages;

    WebChatClient(HttpClient http, URI deskUrl, String instanceKey) {
        this.http = http;
        this.visitors = URI.create(deskUrl + "/webhooks/" + instanceKey + "/visitors");
        this.messages = URI.create(deskUrl + "/webhooks/" + instanceKey + "/messages");
    }

    /**
     * The JDK client negotiates h2c by default, an upgrade Grizzly leaves hanging on requests
     * with bodies; the desk speaks HTTP/1.1 to the widget anyway.
     */
    static HttpClient newHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Creates a visitor and returns its bearer token. */
    String newVisitor(String name) throws IOException, InterruptedException {
        HttpResponse<String> response = post(visitors, null, Map.of("name", name));
        expect(201, response, "POST /visitors");
        JsonObject json = JsonParser.parseString(response.body()).getAsJsonObject();
        return json.get("token").getAsString();
    }

    /** Sends one message; returns normally only on 202, which the desk answers after the commit. */
    void say(String token, String clientMessageId, String text) throws IOException, InterruptedException {
        HttpResponse<String> response = post(messages, token, Map.of("text", text, "clientMessageId", clientMessageId));
        expect(202, response, "POST /messages " + clientMessageId);
    }

    private HttpResponse<String> post(URI uri, String token, Map<String, String> body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(GSON.toJson(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new BenchFailure(what + " answered " + response.statusCode() + " instead of " + status + ": "
                    + response.body());
        }
    }
}
