package io.switchboard.host.bench;

import io.switchboard.host.Switchboard;
import io.switchboard.host.config.HostConfig;
import io.switchboard.host.testing.mail.MailServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How fast the desk imports a mailbox, end to end: a real IMAP server (GreenMail, in its own
 * class loader) holding N mixed real-world-shaped messages ({@link MailCorpus}), an email
 * channel created through the REST API, and the clock running from the channel's creation until
 * all N messages are stored — IMAP fetch, MIME parsing in the plugin, contact and conversation
 * resolution and the commit of every 50-message batch with its cursor.
 *
 * <p>{@code ./switchboard bench-email [--messages N] [--db-url JDBC] [--plugins DIR]}
 */
public final class EmailImportBenchmark {

    private static final String MAILBOX = "support@desk.test";
    private static final String PASSWORD = "bench-password";
    private static final String ADMIN_PASSWORD = "bench admin password";

    private EmailImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        io.switchboard.host.Logging.routeJavaUtilLogging();
        int messages = 5000;
        String dbUrl = null;
        Path plugins = Path.of("host/target/plugins");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--messages" -> messages = Integer.parseInt(args[i + 1]);
                case "--db-url" -> dbUrl = args[i + 1];
                case "--plugins" -> plugins = Path.of(args[i + 1]);
                default -> {
                    System.err.println("usage: EmailImportBenchmark [--messages N] [--db-url JDBC] [--plugins DIR]");
                    System.exit(2);
                }
            }
        }
        run(messages, dbUrl, plugins);
        System.exit(0); // also ends threads the desk's shutdown left behind
    }

    static void run(int count, String dbUrl, Path plugins) throws Exception {
        BenchDatabase database = BenchDatabase.create(dbUrl);
        try (MailServer mail = MailServer.start()) {
            mail.createUser(MAILBOX, PASSWORD);
            long fillStart = System.nanoTime();
            mail.sendRawAll(java.util.stream.IntStream.range(0, count).mapToObj(i -> MailCorpus.message(i, MAILBOX))
                    .toList(), MAILBOX);
            double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
            System.out.printf(Locale.ROOT, "mailbox filled over SMTP: %d messages (%d shapes) in %.1f s%n", count,
                    MailCorpus.SHAPES.length, fillSeconds);
            HostConfig config = new HostConfig("127.0.0.1", 0, database.dataDir(), database.url(), null,
                    List.of(plugins), "bench@switchboard.local", ADMIN_PASSWORD, null, Clock.systemUTC());
            try (Switchboard desk = Switchboard.start(config)) {
                measure(desk, mail, count, database);
            }
        } finally {
            database.drop();
        }
    }

    private static void measure(Switchboard desk, MailServer mail, int count, BenchDatabase database)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = login(http, desk.publicUrl());
        long start = System.nanoTime();
        createChannel(http, desk.publicUrl(), token, mail);
        long stored = 0;
        long deadline = start + Duration.ofMinutes(15).toNanos();
        while (stored < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + stored + " of " + count + " messages stored in 15 minutes");
            }
            Thread.sleep(25);
            stored = desk.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM messages"
                    + " WHERE direction = 'inbound'").mapTo(Long.class).one());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long conversations = desk.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM conversations")
                .mapTo(Long.class).one());
        System.out.printf(Locale.ROOT, "database: %s%n", database.isPostgres() ? "PostgreSQL" : "embedded H2");
        System.out.printf(Locale.ROOT, "imported: %d messages into %d conversations in %.2f s%n", count,
                conversations, seconds);
        System.out.printf(Locale.ROOT, "import rate: %.0f messages/s (IMAP fetch + MIME parse + store, batches of 50"
                + " committed with their cursor)%n", count / seconds);
        double poller = cpuSeconds("poller");
        double server = cpuSeconds("imap:");
        System.out.printf(Locale.ROOT, "CPU: desk poller thread %.1f s (IMAP client, MIME parsing, storing: %.0f"
                + " messages per CPU-second), IMAP test server %.1f s%n", poller, count / poller, server);
    }

    /** CPU time of the live threads whose names start with a prefix. */
    private static double cpuSeconds(String prefix) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith(prefix)) {
                nanos += Math.max(0, threads.getThreadCpuTime(thread.getId()));
            }
        }
        return nanos / 1e9;
    }

    private static String login(HttpClient http, URI base) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"bench@switchboard.local\",\"password\":\"" + ADMIN_PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + response.statusCode() + " " + response.body());
        }
        return com.google.gson.JsonParser.parseString(response.body()).getAsJsonObject().get("token").getAsString();
    }

    private static void createChannel(HttpClient http, URI base, String token, MailServer mail) throws Exception {
        String body = "{\"type\":\"email\",\"name\":\"Bench mailbox\",\"config\":{\"imapHost\":\"127.0.0.1\","
                + "\"imapPort\":\"" + mail.imapPort() + "\",\"imapSecurity\":\"none\",\"imapUser\":\"" + MAILBOX
                + "\",\"imapPassword\":\"" + PASSWORD + "\",\"smtpHost\":\"127.0.0.1\",\"smtpPort\":\""
                + mail.smtpPort() + "\",\"smtpSecurity\":\"none\",\"fromAddress\":\"" + MAILBOX + "\"}}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/channels"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("creating the email channel failed: " + response.statusCode() + " "
                    + response.body());
        }
    }
}
