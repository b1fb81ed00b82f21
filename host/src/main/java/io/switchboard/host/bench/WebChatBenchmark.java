package io.switchboard.host.bench;

import java.net.http.HttpClient;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Web chat ingestion benchmark, a command rather than a test: starts a real desk in this JVM,
 * posts N web chat messages over loopback HTTP from C concurrent clients, then writes N
 * equivalent rows with plain JDBC, one transaction each, on the same database (the
 * durable-commit limit), and reports both and their ratio.
 *
 * <pre>
 * java -cp 'host/target/switchboard-host.jar:host/target/lib/*' io.switchboard.host.bench.WebChatBenchmark \
 *     --messages 5000 --concurrency 16 [--db-url JDBC] [--plugins host/target/plugins] [--warmup 500]
 * </pre>
 *
 * Exits 0 with the report, 1 when the run is invalid (a non-202 answer, a count that does not
 * match) and 2 on bad options.
 */
public final class WebChatBenchmark {

    private WebChatBenchmark() {
    }

    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            // The desk's INFO lines would bury the report.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        io.switchboard.host.Logging.routeJavaUtilLogging();
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        int status = 0;
        try {
            run(options);
        } catch (BenchFailure e) {
            System.err.println("BENCHMARK FAILED: " + e.getMessage());
            status = 1;
        } catch (Exception e) {
            System.err.println("BENCHMARK FAILED:");
            e.printStackTrace();
            status = 1;
        }
        System.exit(status); // also ends any thread the desk's shutdown left behind
    }

    static void run(BenchOptions options) throws Exception {
        BenchDatabase database = BenchDatabase.create(options.dbUrl());
        try {
            measure(options, database);
        } finally {
            database.drop();
        }
    }

    private static void measure(BenchOptions options, BenchDatabase database) throws Exception {
        HttpClient http = WebChatClient.newHttpClient();
        RunResult httpRun;
        RunResult jdbcRun;
        String product;
        String key;
        try (BenchDesk desk = BenchDesk.start(database, options.plugins(), http)) {
            product = desk.databaseProduct();
            key = desk.webChatKey();
            progress("desk up at %s on %s, web chat key '%s'", desk.url(), product, key);
            httpRun = httpPhase(options, desk, new WebChatClient(http, desk.url(), key));
            jdbcRun = jdbcPhase(options, database); // the desk stays up, idle, so the database is the same
        }
        String described = product + ", " + database.describe();
        new BenchReport(options, described, database.kind(), httpRun, jdbcRun)
                .print(System.out, key, database.poolSize());
    }

    private static RunResult httpPhase(BenchOptions options, BenchDesk desk, WebChatClient client)
            throws Exception {
        WebChatLoad load = new WebChatLoad(desk, client, options.concurrency());
        load.createVisitors();
        if (options.warmup() > 0) {
            progress("HTTP warm-up: %d messages", options.warmup());
            load.send("w", options.warmup());
        }
        System.gc();
        progress("HTTP: %d messages from %d clients", options.messages(), options.concurrency());
        RunResult run = load.send("m", options.messages());
        load.verifyStored((long) options.warmup() + options.messages());
        progress("HTTP: every answer was 202 and the desk stores all %d messages",
                options.warmup() + options.messages());
        return run;
    }

    private static RunResult jdbcPhase(BenchOptions options, BenchDatabase database) throws SQLException {
        try (CommitLimit jdbc = CommitLimit.open(database, options.concurrency())) {
            jdbc.createTable();
            try {
                if (options.warmup() > 0) {
                    progress("JDBC warm-up: %d rows", options.warmup());
                    jdbc.insert("w", options.warmup());
                }
                System.gc();
                progress("JDBC: %d rows, one transaction each, from %d threads", options.messages(),
                        options.concurrency());
                RunResult run = jdbc.insert("m", options.messages());
                long rows = jdbc.rows();
                if (rows != (long) options.warmup() + options.messages()) {
                    throw new BenchFailure("committed " + (options.warmup() + options.messages())
                            + " rows but the table holds " + rows);
                }
                return run;
            } finally {
                jdbc.dropTable();
            }
        }
    }

    private static void progress(String format, Object... args) {
        System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
