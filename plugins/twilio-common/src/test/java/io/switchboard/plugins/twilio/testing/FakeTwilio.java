package io.switchboard.plugins.twilio.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for Twilio's REST API (2010-04-01) for one account: it checks basic auth
 * and the required form fields as Twilio does, answers with Twilio-shaped JSON and error bodies,
 * records every request exactly, serves registered media, and can be told how to answer next.
 */
public final class FakeTwilio implements AutoCloseable {

    /** One request as the fake received it. */
    public record Received(String method, String path, String authorization, Map<String, List<String>> form,
                           int answeredStatus) {

        /** The first value of a form field, or {@code null}. */
        public String field(String name) {
            List<String> values = form.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** Every value of a form field. */
        public List<String> fields(String name) {
            return form.getOrDefault(name, List.of());
        }
    }

    /** A scripted answer. */
    private record Answer(int status, String json, String retryAfter) {
    }

    private record Media(String contentType, byte[] bytes) {
    }

    private final String accountSid;
    private final String authToken;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Answer> scripted = new ConcurrentLinkedDeque<>();
    private final Map<String, Media> media = new ConcurrentHashMap<>();
    private final AtomicInteger sids = new AtomicInteger();

    private FakeTwilio(String accountSid, String authToken) throws IOException {
        this.accountSid = accountSid;
        this.authToken = authToken;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a fake for one account on a free loopback port. */
    public static FakeTwilio start(String accountSid, String authToken) {
        try {
            return new FakeTwilio(accountSid, authToken);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to configure instead of {@code https://api.twilio.com}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request so far, in order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests to a list resource ({@code Messages}, {@code Calls}) that Twilio accepted. */
    public List<Received> created(String resource) {
        return received.stream().filter(r -> r.path().equals(resourcePath(resource)) && r.answeredStatus() == 201)
                .toList();
    }

    /** Answers the next create request with this status and JSON body instead of accepting it. */
    public FakeTwilio answerNext(int status, String json) {
        scripted.add(new Answer(status, json, null));
        return this;
    }

    /** Answers the next create request with Twilio's error body. */
    public FakeTwilio failNext(int status, int code, String message) {
        scripted.add(new Answer(status, error(status, code, message), null));
        return this;
    }

    /** Answers the next create request with 429 / 20429 and a {@code Retry-After}. */
    public FakeTwilio rateLimitNext(int retryAfterSeconds) {
        scripted.add(new Answer(429, error(429, 20429, "Too Many Requests"), String.valueOf(retryAfterSeconds)));
        return this;
    }

    /** Serves media at a URL path (with basic auth, as Twilio does when media auth is on). */
    public String addMedia(String path, String contentType, byte[] bytes) {
        media.put(path, new Media(contentType, bytes.clone()));
        return baseUrl() + path;
    }

    /** The path of a list resource of the account. */
    public String resourcePath(String resource) {
        return "/2010-04-01/Accounts/" + accountSid + "/" + resource + ".json";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            Map<String, List<String>> form = parse(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            Answer answer = answer(exchange.getRequestMethod(), path, authorization, form);
            received.add(new Received(exchange.getRequestMethod(), path, authorization, form, answer.status()));
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            Media file = answer.status() == 200 ? media.get(path) : null;
            byte[] body = file != null ? file.bytes() : answer.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", file != null ? file.contentType() : "application/json");
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private Answer answer(String method, String path, String authorization, Map<String, List<String>> form) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((accountSid + ":" + authToken)
                .getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(authorization)) {
            return new Answer(401, error(401, 20003, "Authenticate"), null);
        }
        if ("GET".equals(method)) {
            return media.containsKey(path) ? new Answer(200, "", null)
                    : new Answer(404, error(404, 20404, "The requested resource " + path + " was not found"), null);
        }
        if (!"POST".equals(method) || !path.startsWith("/2010-04-01/Accounts/" + accountSid + "/")) {
            return new Answer(404, error(404, 20404, "The requested resource " + path + " was not found"), null);
        }
        if (path.equals(resourcePath("Messages"))) {
            return scriptedOr(() -> message(form));
        }
        if (path.equals(resourcePath("Calls"))) {
            return scriptedOr(() -> call(form));
        }
        return new Answer(404, error(404, 20404, "The requested resource " + path + " was not found"), null);
    }

    private Answer scriptedOr(java.util.function.Supplier<Answer> otherwise) {
        Answer next = scripted.poll();
        return next != null ? next : otherwise.get();
    }

    private Answer message(Map<String, List<String>> form) {
        String to = first(form, "To");
        if (to == null) {
            return new Answer(400, error(400, 21604, "A 'To' phone number is required."), null);
        }
        if (first(form, "From") == null && first(form, "MessagingServiceSid") == null) {
            return new Answer(400, error(400, 21603, "A 'From' phone number is required."), null);
        }
        if (first(form, "Body") == null && first(form, "MediaUrl") == null) {
            return new Answer(400, error(400, 21602, "Message body is required."), null);
        }
        if (!to.matches("\\+[1-9][0-9]{6,14}")) {
            return new Answer(400, error(400, 21211, "The 'To' number " + to + " is not a valid phone number."), null);
        }
        String sid = String.format("SM%032x", sids.incrementAndGet());
        return new Answer(201, "{\"sid\":\"" + sid + "\",\"account_sid\":\"" + accountSid + "\",\"to\":" + quote(to)
                + ",\"from\":" + quote(first(form, "From")) + ",\"body\":" + quote(first(form, "Body"))
                + ",\"status\":\"queued\",\"direction\":\"outbound-api\",\"api_version\":\"2010-04-01\","
                + "\"error_code\":null,\"error_message\":null,\"uri\":\"/2010-04-01/Accounts/" + accountSid
                + "/Messages/" + sid + ".json\"}", null);
    }

    private Answer call(Map<String, List<String>> form) {
        if (first(form, "To") == null) {
            return new Answer(400, error(400, 21201, "No 'To' number is specified"), null);
        }
        if (first(form, "From") == null) {
            return new Answer(400, error(400, 21213, "No 'From' number is specified"), null);
        }
        if (first(form, "Url") == null && first(form, "Twiml") == null && first(form, "ApplicationSid") == null) {
            return new Answer(400, error(400, 21205, "Url parameter is required."), null);
        }
        String sid = String.format("CA%032x", sids.incrementAndGet());
        return new Answer(201, "{\"sid\":\"" + sid + "\",\"account_sid\":\"" + accountSid + "\",\"to\":"
                + quote(first(form, "To")) + ",\"from\":" + quote(first(form, "From"))
                + ",\"status\":\"queued\",\"direction\":\"outbound-api\",\"api_version\":\"2010-04-01\"}", null);
    }

    private static String error(int status, int code, String message) {
        return "{\"code\":" + code + ",\"message\":" + quote(message) + ",\"more_info\":"
                + "\"https://www.twilio.com/docs/errors/" + code + "\",\"status\":" + status + "}";
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static Map<String, List<String>> parse(String body) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                form.computeIfAbsent(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        k -> new ArrayList<>()).add(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1),
                        StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
