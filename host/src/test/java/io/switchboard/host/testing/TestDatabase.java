package io.switchboard.host.testing;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The database a test desk runs on: embedded H2 files in the test's directory by default,
 * or a fresh schema of the PostgreSQL named by {@code -Dswitchboard.test.db-url}, dropped
 * afterwards. The same tests run on both.
 */
public final class TestDatabase {

    private final String url;
    private final String schema;

    private TestDatabase(String url, String schema) {
        this.url = url;
        this.schema = schema;
    }

    public static TestDatabase create(Path dataDir) {
        String base = System.getProperty("switchboard.test.db-url", "");
        if (base.isBlank()) {
            return new TestDatabase(null, null);
        }
        String schema = "sb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new TestDatabase(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, schema);
    }

    public static boolean isPostgres() {
        return System.getProperty("switchboard.test.db-url", "").startsWith("jdbc:postgresql:");
    }

    /** The JDBC URL for the desk, or null for embedded H2 in its data directory. */
    public String url() {
        return url;
    }

    public void drop() {
        if (schema == null) {
            return;
        }
        try (var connection = DriverManager.getConnection(url);
             var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema " + schema, e);
        }
    }
}
