package io.switchboard.host.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The desk's database: a connection pool, migrations and a Jdbi over it. Embedded H2 in
 * PostgreSQL mode under the data directory by default; any PostgreSQL when a JDBC URL is
 * configured (a {@code currentSchema} parameter selects and creates the schema).
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource);
        // Queries with optional filters bind every parameter and use only some.
        jdbi.getConfig(org.jdbi.v3.core.statement.SqlStatements.class).setUnusedBindingAllowed(true);
        TimeMapping.install(jdbi);
    }

    public static Database open(String jdbcUrl, Path dataDir) {
        String url = jdbcUrl != null ? jdbcUrl : embeddedUrl(dataDir);
        Dialect dialect = Dialect.of(url);
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setMaximumPoolSize(dialect == Dialect.H2 ? 16 : 20);
        pool.setPoolName("switchboard-db");
        HikariDataSource dataSource = new HikariDataSource(pool);
        try {
            migrate(dataSource, url);
            return new Database(dataSource, dialect);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * WRITE_DELAY=0: H2 otherwise writes commits to its file up to 500 ms later, and a killed
     * process loses every transaction of that window (measured: 200 of 200 commits lost to a
     * halt right after them; CrashSafetyTest fails without it). With 0 each commit reaches the
     * file before it returns, so an acknowledged webhook survives a process crash. Power loss
     * can still drop what the OS has not flushed; PostgreSQL is the choice when that matters.
     * NON_KEYWORDS=VALUE: V5 names a column "value", a keyword in H2 but not in PostgreSQL.
     */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("db").resolve("switchboard").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;NON_KEYWORDS=VALUE";
    }

    private static void migrate(HikariDataSource dataSource, String url) {
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        String schema = JdbcUrls.parameter(url, "currentSchema");
        if (schema != null) {
            flyway.schemas(schema).createSchemas(true);
        }
        flyway.load().migrate();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
