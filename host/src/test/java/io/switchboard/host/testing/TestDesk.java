package io.switchboard.host.testing;

import com.google.gson.Gson;
import io.switchboard.host.Switchboard;
import io.switchboard.host.config.HostConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real desk for tests: real HTTP on loopback, the bundled plugin zips loaded through PF4J
 * exactly as in production, and a real database (H2 files, or PostgreSQL when configured).
 * Register it as a JUnit extension — {@code @RegisterExtension static final TestDesk desk =
 * TestDesk.perClass();} or a non-static {@code TestDesk.perTest()} — or start one by hand.
 */
public final class TestDesk implements AutoCloseable, BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    private enum Lifetime { CLASS, TEST, MANUAL }

    public static final String ADMIN_EMAIL = "admin@test.local";
    public static final String ADMIN_PASSWORD = "correct horse battery";
    private static final Gson GSON = new Gson();

    private final Lifetime lifetime;
    private Path dataDir;
    private TestDatabase database;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Clock clock;
    private Switchboard desk;
    private URI remote;
    private String adminToken;

    private final List<Path> extraPluginRoots;

    private TestDesk(Lifetime lifetime, Clock clock, List<Path> extraPluginRoots) {
        this.lifetime = lifetime;
        this.clock = clock;
        this.extraPluginRoots = List.copyOf(extraPluginRoots);
    }

    /** One desk for all tests of a class (register on a static field). */
    public static TestDesk perClass() {
        return new TestDesk(Lifetime.CLASS, Clock.systemUTC(), List.of());
    }

    /** One desk for all tests of a class that also loads plugins from these directories. */
    public static TestDesk perClass(List<Path> extraPluginRoots) {
        return new TestDesk(Lifetime.CLASS, Clock.systemUTC(), extraPluginRoots);
    }

    /** A fresh desk for every test (register on an instance field). */
    public static TestDesk perTest() {
        return new TestDesk(Lifetime.TEST, Clock.systemUTC(), List.of());
    }

    /** A desk that also loads plugins from these directories (after the bundled ones); close it yourself. */
    public static TestDesk start(Clock clock, List<Path> extraPluginRoots) {
        TestDesk testDesk = new TestDesk(Lifetime.MANUAL, clock, extraPluginRoots);
        testDesk.open();
        return testDesk;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (lifetime == Lifetime.CLASS) {
            open();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (lifetime == Lifetime.CLASS) {
            close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (lifetime == Lifetime.TEST) {
            open();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (lifetime == Lifetime.TEST) {
            close();
        }
    }

    private void open() {
        try {
            dataDir = Files.createTempDirectory("switchboard-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = TestDatabase.create(dataDir);
        boot();
    }

    /** A client for a desk running elsewhere (another process), signed in as the test admin. */
    public static TestDesk client(URI url) {
        TestDesk client = new TestDesk(Lifetime.MANUAL, Clock.systemUTC(), List.of());
        client.remote = url;
        client.adminToken = client.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        return client;
    }

    /** Stops the desk abruptly-enough (no draining) and starts it again on the same data. */
    public void restart() {
        desk.close();
        boot();
    }

    private void boot() {
        List<Path> roots = new java.util.ArrayList<>(pluginRoots());
        roots.addAll(extraPluginRoots);
        HostConfig config = new HostConfig("127.0.0.1", 0, dataDir, database.url(), null, roots,
                ADMIN_EMAIL, ADMIN_PASSWORD, null, clock);
        desk = Switchboard.start(config);
        adminToken = login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** The directory holding the bundled plugin zips as the build produced them. */
    public static List<Path> pluginRoots() {
        String bundled = System.getProperty("switchboard.test.plugins");
        if (bundled == null || !Files.isDirectory(Path.of(bundled))) {
            throw new IllegalStateException("switchboard.test.plugins must name the built plugin zips (run through"
                    + " Maven, which copies them to host/target/plugins)");
        }
        return List.of(Path.of(bundled));
    }

    public Switchboard desk() {
        return desk;
    }

    public URI url(String path) {
        return URI.create(base() + path);
    }

    private URI base() {
        return remote != null ? remote : desk.publicUrl();
    }

    public String adminToken() {
        return adminToken;
    }

    public String login(String email, String password) {
        ApiResponse response = send("POST", "/api/v1/auth/login", null, Map.of("email", email, "password", password));
        if (response.status() != 200) {
            throw new IllegalStateException("login failed: " + response);
        }
        return response.json().get("token").getAsString();
    }

    public ApiResponse get(String path) {
        return send("GET", path, adminToken, null);
    }

    public ApiResponse post(String path, Object body) {
        return send("POST", path, adminToken, body);
    }

    public ApiResponse patch(String path, Object body) {
        return send("PATCH", path, adminToken, body);
    }

    /** Creates a user through the admin API and returns its id. */
    public long createUser(String email, String name, String role, String password) {
        ApiResponse created = post("/api/v1/admin/users", Map.of("email", email, "name", name, "role", role,
                "password", password));
        if (created.status() != 201) {
            throw new IllegalStateException("user not created: " + created);
        }
        return created.json().get("id").getAsLong();
    }

    /** Sends JSON (an object serialised with Gson, or a raw String), optionally with a bearer token. */
    public ApiResponse send(String method, String path, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(
                    body instanceof String s ? s : GSON.toJson(body)));
        }
        return send(request.build());
    }

    public ApiResponse send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient http() {
        return http;
    }

    /**
     * Waits up to 30 s for a condition that background work (delivery, live events, a child desk
     * starting) makes true; generous because CI shares 2 cores, and a met condition returns at once.
     */
    public static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what);
            }
        }
    }

    @Override
    public void close() {
        if (desk != null) {
            desk.close();
            desk = null;
        }
        if (database != null) {
            database.drop();
            database = null;
        }
    }
}
