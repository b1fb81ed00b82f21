package io.switchboard.host.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The database a benchmark run owns: embedded H2 files in a fresh temp directory, or a fresh
 * schema of the given PostgreSQL, selected with {@code currentSchema} (the desk's Flyway
 * creates it) and dropped at the end. The desk and the JDBC comparison use the same URL.
 */
final class BenchDatabase {

    private final Path dataDir;
    private final String url;
    private final String baseUrl;
    private final String schema;

    private BenchDatabase(Path dataDir, String url, String baseUrl, String schema) {
        this.dataDir = dataDir;
        this.url = url;
        this.baseUrl = baseUrl;
        this.schema = schema;
    }

    static BenchDatabase create(String dbUrl) {
        Path dataDir = tempDir();
        if (dbUrl == null || dbUrl.isBlank()) {
            // The embedded default's own URL, so the JDBC half shares the desk's H2 and its settings.
            return new BenchDatabase(dataDir, io.switchboard.host.store.Database.embeddedUrl(dataDir), null, null);
        }
        if (!dbUrl.startsWith("jdbc:postgresql:")) {
            return new BenchDatabase(dataDir, dbUrl, null, null); // as given: the caller vouches that it is empty
        }
        String schema = "sb_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new BenchDatabase(dataDir, dbUrl + (dbUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                dbUrl, schema);
    }

    String url() {
        return url;
    }

    Path dataDir() {
        return dataDir;
    }

    boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The desk's pool size for this database (Database.open): the JDBC comparison uses the same. */
    int poolSize() {
        return isPostgres() ? 20 : 16;
    }

    /** Short name for the RESULT line. */
    String kind() {
        return isPostgres() ? "postgresql" : url.startsWith("jdbc:h2:") ? "h2" : "other";
    }

    String describe() {
        String shown = url.replaceAll("password=[^&;]*", "password=***");
        return schema == null ? shown : shown + " (fresh schema " + schema + ", dropped afterwards)";
    }

    /** Drops the schema and deletes the temp directory; call after the desk and pools are closed. */
    void drop() {
        try {
            if (schema != null) {
                try (var connection = DriverManager.getConnection(baseUrl);
                     var statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop benchmark schema " + schema, e);
        } finally {
            deleteRecursively(dataDir);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("switchboard-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("warning: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
