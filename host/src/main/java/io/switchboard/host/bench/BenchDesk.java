package io.switchboard.host.bench;

import io.switchboard.host.Switchboard;
import io.switchboard.host.channels.ChannelInstanceView;
import io.switchboard.host.config.HostConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The desk under test, in this JVM: {@link Switchboard#start} on 127.0.0.1 with a free port,
 * the bundled plugin zips loaded through PF4J as in production, ready once health says 200.
 */
final class BenchDesk implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Switchboard desk;
    private final String webChatKey;

    private BenchDesk(Switchboard desk, String webChatKey) {
        this.desk = desk;
        this.webChatKey = webChatKey;
    }

    static BenchDesk start(BenchDatabase database, Path plugins, HttpClient http) {
        if (!Files.isDirectory(plugins)) {
            throw new BenchFailure("no plugin directory " + plugins.toAbsolutePath()
                    + " (build it with ./mvnw -pl host package, or pass --plugins DIR)");
        }
        HostConfig config = new HostConfig("127.0.0.1", 0, database.dataDir(), database.url(), null,
                List.of(plugins), "bench@switchboard.local", null, null, Clock.systemUTC());
        Switchboard desk = Switchboard.start(config);
        try {
            String key = desk.createdWebChat().map(ChannelInstanceView::key).orElseThrow(() -> new BenchFailure(
                    "the desk created no web chat instance: the database is not fresh, or the web chat plugin"
                            + " is missing from " + plugins.toAbsolutePath()));
            awaitHealthy(http, URI.create(desk.publicUrl() + "/api/v1/health"));
            return new BenchDesk(desk, key);
        } catch (RuntimeException e) {
            desk.close();
            throw e;
        }
    }

    private static void awaitHealthy(HttpClient http, URI health) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health)
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
                Thread.sleep(100);
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchFailure("interrupted waiting for " + health, e);
            }
        }
        throw new BenchFailure("the desk did not become healthy within " + READY_TIMEOUT + ": " + last);
    }

    URI url() {
        return desk.publicUrl();
    }

    String webChatKey() {
        return webChatKey;
    }

    /** Inbound messages stored, counted through the desk's own Jdbi. */
    long inboundMessages() {
        return desk.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM messages WHERE direction = 'inbound'")
                .mapTo(Long.class).one());
    }

    long conversations() {
        return desk.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM conversations")
                .mapTo(Long.class).one());
    }

    /** Product and version of the database, as its JDBC driver reports them. */
    String databaseProduct() {
        return desk.jdbi().withHandle(h -> {
            try {
                var meta = h.getConnection().getMetaData();
                return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            } catch (java.sql.SQLException e) {
                return "unknown database";
            }
        });
    }

    @Override
    public void close() {
        desk.close();
    }
}
