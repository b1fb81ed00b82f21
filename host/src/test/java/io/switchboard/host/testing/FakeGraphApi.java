package io.switchboard.host.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback stand-in for Meta's Graph API speaking its wire format: the WhatsApp Cloud API
 * send edge and media endpoints, the Messenger Send API and User Profile API. It records
 * every request, so tests can assert exactly what the desk sent.
 */
public final class FakeGraphApi implements AutoCloseable {

    /** A request as received; header names lower-cased. */
    public record Request(String method, String path, String query, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }
    }

    private static final Pattern WHATSAPP_SEND = Pattern.compile("/v[0-9.]+/([0-9]+)/messages");
    private static final Pattern MESSENGER_SEND = Pattern.compile("/v[0-9.]+/me/messages");
    private static final Pattern GRAPH_OBJECT = Pattern.compile("/v[0-9.]+/([0-9A-Za-z_]+)");
    private static final Pattern MEDIA_FILE = Pattern.compile("/media-files/([0-9A-Za-z_]+)");

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> profiles = new ConcurrentHashMap<>();
    private final Map<String, byte[]> media = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    private FakeGraphApi(HttpServer server) {
        this.server = server;
    }

    public static FakeGraphApi start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeGraphApi fake = new FakeGraphApi(server);
            server.createContext("/", fake::handle);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A Messenger customer's profile, as the User Profile API answers it. */
    public FakeGraphApi profile(String psid, String firstName, String lastName) {
        profiles.put(psid, "{\"first_name\":\"" + firstName + "\",\"last_name\":\"" + lastName + "\",\"id\":\"" + psid
                + "\"}");
        return this;
    }

    /** A WhatsApp media object and its bytes. */
    public FakeGraphApi media(String mediaId, byte[] bytes) {
        media.put(mediaId, bytes.clone());
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The send requests (WhatsApp and Messenger) received so far, in order. */
    public List<Request> sends() {
        return requests.stream().filter(r -> r.method().equals("POST")).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
            URI uri = exchange.getRequestURI();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(), headers, body);
            requests.add(request);
            answer(exchange, request);
        }
    }

    private void answer(HttpExchange exchange, Request request) throws IOException {
        Matcher whatsapp = WHATSAPP_SEND.matcher(request.path());
        Matcher object = GRAPH_OBJECT.matcher(request.path());
        Matcher file = MEDIA_FILE.matcher(request.path());
        if (request.method().equals("POST") && whatsapp.matches()) {
            String to = request.json().get("to").getAsString();
            send(exchange, 200, "application/json", "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\""
                    + to + "\",\"wa_id\":\"" + to.replace("+", "") + "\"}],\"messages\":[{\"id\":\"wamid.FAKE"
                    + ids.incrementAndGet() + "\"}]}");
        } else if (request.method().equals("POST") && MESSENGER_SEND.matcher(request.path()).matches()) {
            String to = request.json().getAsJsonObject("recipient").get("id").getAsString();
            send(exchange, 200, "application/json", "{\"recipient_id\":\"" + to + "\",\"message_id\":\"m_FAKE"
                    + ids.incrementAndGet() + "\"}");
        } else if (request.method().equals("GET") && file.matches() && media.containsKey(file.group(1))) {
            sendBytes(exchange, "image/jpeg", media.get(file.group(1)));
        } else if (request.method().equals("GET") && object.matches() && profiles.containsKey(object.group(1))) {
            send(exchange, 200, "application/json", profiles.get(object.group(1)));
        } else if (request.method().equals("GET") && object.matches() && media.containsKey(object.group(1))) {
            String id = object.group(1);
            send(exchange, 200, "application/json", "{\"messaging_product\":\"whatsapp\",\"url\":\"" + baseUrl()
                    + "/media-files/" + id + "\",\"mime_type\":\"image/jpeg\",\"sha256\":\"x\",\"file_size\":\""
                    + media.get(id).length + "\",\"id\":\"" + id + "\"}");
        } else {
            send(exchange, 400, "application/json", "{\"error\":{\"message\":\"Unsupported request\",\"type\":"
                    + "\"GraphMethodException\",\"code\":100,\"fbtrace_id\":\"Fake\"}}");
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sendBytes(HttpExchange exchange, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
