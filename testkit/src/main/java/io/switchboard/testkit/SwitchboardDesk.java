package io.switchboard.testkit;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.switchboard.host.Switchboard;
import io.switchboard.host.config.HostConfig;
import io.switchboard.host.plugins.PluginHealth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An embedded Switchboard desk for testing a plugin: the plugin under test loaded through PF4J
 * (exactly as in production: its own class loader, {@code Plugin-Requires} checked, every call
 * through the host's guard) from its build output, an in-memory H2 database, real HTTP on a
 * loopback port, and a {@link RecordingProvider} to point the plugin's provider base URL at.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SwitchboardDesk desk = SwitchboardDesk.fromBuildOutput();   // target/classes
 *
 * @Test
 * void aMessageArrives() {
 *     String key = desk.createChannel("echo", "Echo", Map.of("baseUrl", desk.provider().url().toString()));
 *     assertEquals(200, desk.postJson(key, "{\"id\":\"m1\",\"from\":\"u1\",\"text\":\"hi\"}").status());
 *     assertEquals("hi", desk.awaitConversation(c -> true).messages().get(0).text());
 * }
 * }</pre>
 *
 * Registered on a static field, one desk serves the whole class (the database and the provider's
 * record are not reset between tests); on an instance field, every test gets a fresh desk.
 */
public final class SwitchboardDesk implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    /** The admin the desk is created with; its token signs every helper's request. */
    public static final String ADMIN_EMAIL = "admin@plugin-test.local";
    private static final String ADMIN_PASSWORD = "plugin test admin password";
    private static final Gson GSON = new Gson();

    private final PluginSource source;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Switchboard desk;
    private Path workDir;
    private String token;
    private RecordingProvider provider;
    private boolean perClass;

    private SwitchboardDesk(PluginSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    /** The plugin built by Maven in this project: {@code target/classes} with {@code plugin.properties} in it. */
    public static SwitchboardDesk fromBuildOutput() {
        return fromClasses(Path.of("target", "classes"), List.of());
    }

    /**
     * A plugin from compiled classes and its runtime libraries (jars for its {@code lib/}); the
     * classes directory must hold {@code plugin.properties} (put it in {@code src/main/resources}).
     */
    public static SwitchboardDesk fromClasses(Path classes, List<Path> libs) {
        return new SwitchboardDesk(new PluginSource(classes, List.copyOf(libs), null), Clock.systemUTC());
    }

    /** A plugin from its packaged PF4J zip. */
    public static SwitchboardDesk fromZip(Path zip) {
        return new SwitchboardDesk(new PluginSource(null, List.of(), zip), Clock.systemUTC());
    }

    /** The same desk with another clock for every timestamp (a controllable one for time-based tests). */
    public SwitchboardDesk withClock(Clock other) {
        return new SwitchboardDesk(source, other);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    private void start() {
        io.switchboard.host.Logging.routeJavaUtilLogging();
        try {
            workDir = Files.createTempDirectory("switchboard-plugin-test");
            Path plugins = Files.createDirectories(workDir.resolve("plugin-under-test"));
            source.installInto(plugins);
            String db = "jdbc:h2:mem:plugin-test-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1";
            desk = Switchboard.start(new HostConfig("127.0.0.1", 0, workDir.resolve("data"), db, null, List.of(plugins),
                    ADMIN_EMAIL, ADMIN_PASSWORD, null, clock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        provider = new RecordingProvider();
        token = send("POST", "/api/v1/auth/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD), 200)
                .getAsJsonObject().get("token").getAsString();
        String failure = plugin().get("failure").isJsonNull() ? null : plugin().get("failure").getAsString();
        if (!"started".equals(plugin().get("state").getAsString())) {
            throw new IllegalStateException("the plugin under test did not start: " + failure);
        }
    }

    private void stop() {
        if (desk != null) {
            desk.close();
            desk = null;
        }
        if (provider != null) {
            provider.close();
            provider = null;
        }
    }

    /** The desk's base URL on loopback, such as {@code http://127.0.0.1:40123}. */
    public URI baseUrl() {
        return desk.publicUrl();
    }

    /** The fake provider recording the plugin's outbound HTTP calls. */
    public RecordingProvider provider() {
        return provider;
    }

    /** The plugin under test as the admin API describes it (id, version, state, failure, channelTypes...). */
    public JsonObject plugin() {
        JsonElement all = send("GET", "/api/v1/admin/plugins", null, 200);
        return all.getAsJsonArray().get(0).getAsJsonObject();
    }

    /** How the host's guard saw the plugin's calls: failures, timeouts, last error. */
    public PluginHealth health() {
        return desk.plugins().guard().health(plugin().get("id").getAsString());
    }

    /** Creates a channel instance through the admin API (validated against the plugin's schema); returns its key. */
    public String createChannel(String channelType, String name, Map<String, String> config) {
        return send("POST", "/api/v1/admin/channels", Map.of("type", channelType, "name", name, "config", config), 201)
                .getAsJsonObject().get("key").getAsString();
    }

    /** Posts to {@code /webhooks/KEY} + {@code subPath} as a provider would. */
    public WebhookAnswer postWebhook(String key, String subPath, String contentType, byte[] body,
                                     Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/webhooks/" + key + subPath))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        HttpResponse<String> response = exchange(request.build());
        return new WebhookAnswer(response.statusCode(), response.headers(), response.body());
    }

    public WebhookAnswer postJson(String key, String json) {
        return postWebhook(key, "", "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public WebhookAnswer postForm(String key, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return postWebhook(key, "", "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8),
                Map.of());
    }

    /** Every stored conversation with its messages, newest activity first. */
    public List<StoredConversation> conversations() {
        List<StoredConversation> all = new ArrayList<>();
        for (JsonElement item : send("GET", "/api/v1/conversations?limit=100", null, 200).getAsJsonObject()
                .getAsJsonArray("items")) {
            all.add(conversation(item.getAsJsonObject().get("id").getAsLong()));
        }
        return all;
    }

    public StoredConversation conversation(long id) {
        JsonObject detail = send("GET", "/api/v1/conversations/" + id, null, 200).getAsJsonObject();
        JsonObject c = detail.getAsJsonObject("conversation");
        List<StoredConversation.StoredMessage> messages = new ArrayList<>();
        for (JsonElement m : detail.getAsJsonArray("messages")) {
            JsonObject o = m.getAsJsonObject();
            messages.add(new StoredConversation.StoredMessage(o.get("id").getAsLong(), text(o, "direction"),
                    text(o, "text"), text(o, "externalId"), text(o, "status"), text(o, "statusReason")));
        }
        JsonObject contact = c.getAsJsonObject("contact");
        return new StoredConversation(id, c.getAsJsonObject("channel").get("key").getAsString(), text(contact, "name"),
                text(contact, "address"), text(c, "status"), List.copyOf(messages));
    }

    /** Waits up to 10 s for a stored conversation that matches. */
    public StoredConversation awaitConversation(Predicate<StoredConversation> matches) {
        StoredConversation[] found = new StoredConversation[1];
        await("a matching conversation", () -> {
            Optional<StoredConversation> match = conversations().stream().filter(matches).findFirst();
            match.ifPresent(c -> found[0] = c);
            return match.isPresent();
        });
        return found[0];
    }

    /** An agent's reply: queued by the desk and delivered through the plugin by the outbox. Returns the message id. */
    public long reply(long conversationId, String text) {
        return send("POST", "/api/v1/conversations/" + conversationId + "/replies", Map.of("text", text), 202)
                .getAsJsonObject().get("id").getAsLong();
    }

    /** Waits up to 10 s until the reply's delivery status is one of these ({@code sent}, {@code failed}...). */
    public StoredConversation.StoredMessage awaitReplyStatus(long conversationId, long messageId, String... statuses) {
        List<String> wanted = List.of(statuses);
        StoredConversation.StoredMessage[] found = new StoredConversation.StoredMessage[1];
        await("reply " + messageId + " is " + wanted, () -> conversation(conversationId).messages().stream()
                .filter(m -> m.id() == messageId && wanted.contains(m.status())).peek(m -> found[0] = m)
                .findFirst().isPresent());
        return found[0];
    }

    /** Calls the desk's REST API as the admin; any other status than {@code expected} fails with the answer. */
    public JsonElement send(String method, String path, Object body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(GSON.toJson(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = exchange(request.build());
        if (response.statusCode() != expected) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isEmpty() ? null : JsonParser.parseString(response.body());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonObject o, String field) {
        JsonElement value = o.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Waits up to 10 s for background work (delivery, polling) to make a condition true. */
    public static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what);
            }
        }
    }
}
