package io.switchboard.host.bench;

import io.switchboard.host.metrics.Metrics;
import io.switchboard.host.plugins.BatchMetricType;
import io.switchboard.host.plugins.PluginHost;
import io.switchboard.host.reports.Cut;
import io.switchboard.host.reports.MetricReports;
import io.switchboard.host.reports.Periods;
import io.switchboard.host.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * {@code ./switchboard bench-reports [--conversations N] [--db-url JDBC] [--runs R]}: writes N
 * conversations (default 1,000,000) spread over 2024 with five events each into the event log,
 * backfills first response time over them with the real plugin (events/s), then times a
 * one-year report by day (p50/p99 over R runs): first in zones without day rows yet (hour
 * rows, observations), then, once their day rows are built, in UTC, Europe/Berlin and
 * Asia/Kolkata for all channels and cut by channel, one channel, agent and agent within a channel.
 */
public final class ReportBenchmark {

    private static final Instant YEAR = Instant.parse("2024-01-01T00:00:00Z");
    private static final int WARM_UP_RUNS = 20;
    private static final String[] CHANNELS = {"webchat", "whatsapp", "email", "sms", "messenger", "voice"};

    public static void main(String[] args) throws Exception {
        int conversations = Integer.parseInt(option(args, "--conversations", "1000000"));
        int runs = Integer.parseInt(option(args, "--runs", "50"));
        BenchDatabase db = BenchDatabase.create(option(args, "--db-url", null));
        System.out.println("Database: " + db.describe());
        try (Database database = Database.open(db.url(), db.dataDir())) {
            long t = System.nanoTime();
            long events = generate(database, conversations);
            System.out.printf("Generated %,d conversations, %,d events in %.1f s%n", conversations, events,
                    (System.nanoTime() - t) / 1e9);
            Path plugins = Path.of(option(args, "--plugins", "host/target/plugins"));
            try (PluginHost host = new PluginHost(List.of(plugins), db.dataDir(), database.jdbi(),
                    Clock.systemUTC(), new io.switchboard.host.audit.AuditLog(database.jdbi(), Clock.systemUTC()));
                 Metrics metrics = new Metrics(database.jdbi(), Clock.systemUTC(), host)) {
                host.start();
                BatchMetricType frt = host.metricTypes().stream()
                        .filter(m -> m.definition().id().equals("first-response-time")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no first-response-time plugin in " + plugins));
                metrics.catalog();
                backfill(metrics, frt, conversations);
                MetricReports reports = new MetricReports(database.jdbi(), metrics.catalog(), metrics.zones());
                // Before a zone has day rows of its own, a zone on the whole hour reads hour rows and
                // one off it reads the observations; the first report asks for the zone's rows.
                time(reports, "America/New_York", Cut.of(null, null), Math.min(runs, 10));
                time(reports, "America/New_York", Cut.of("agent", null), Math.min(runs, 10));
                time(reports, "Asia/Kathmandu", Cut.of(null, null), Math.min(runs, 10));
                for (String zone : List.of("Europe/Berlin", "Asia/Kolkata")) {
                    metrics.zones().request(java.time.ZoneId.of(zone));
                }
                long z = System.nanoTime();
                metrics.buildZones();
                System.out.printf("Built day rollups for America/New_York, Asia/Kathmandu, Europe/Berlin and"
                        + " Asia/Kolkata in %.1f s%n", (System.nanoTime() - z) / 1e9);
                for (String zone : List.of("UTC", "Europe/Berlin", "Asia/Kolkata")) {
                    time(reports, zone, Cut.of(null, null), runs);
                    time(reports, zone, Cut.of("channel", null), runs);
                    time(reports, zone, Cut.of("channel", "email"), runs);
                    time(reports, zone, Cut.of("agent", null), runs);
                    time(reports, zone, Cut.of("agent", null, "email"), runs);
                }
            }
        } finally {
            db.drop();
        }
    }

    private static void backfill(Metrics metrics, BatchMetricType metric, int conversations) {
        metrics.registerForBenchmark(metric.definition());
        long t = System.nanoTime();
        long cpu = processCpuNanos();
        long events = 0;
        int slice = Metrics.backfillSlice();
        for (long from = 1; from <= conversations; from += slice) {
            events += metrics.backfillSlice(metric, from, Math.min(conversations, from + slice - 1), conversations);
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        // On a shared machine the wall-clock rate depends on the load; the CPU-time rate does not.
        System.out.printf("Backfill first-response-time: %,d events in %.1f s = %,.0f events/s"
                        + " (process CPU %.1f s = %,.0f events per CPU-second; load average %.1f)%n", events, seconds,
                events / seconds, cpuSeconds, events / cpuSeconds,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void time(MetricReports reports, String zone, Cut cut, int runs) {
        Periods periods = Periods.of("2024-01-01", "2025-01-01", zone, "day");
        for (int i = 0; i < WARM_UP_RUNS; i++) { // a desk answers reports from a warm JVM and page cache
            reports.report("first-response-time", periods, cut);
        }
        double[] ms = new double[runs];
        long observations = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            var report = reports.report("first-response-time", periods, cut);
            ms[i] = (System.nanoTime() - t) / 1e6;
            observations = report.series().stream().mapToLong(s -> s.totals().count()).sum();
        }
        Arrays.sort(ms);
        int level = reports.level(periods, cut);
        System.out.printf("Report 1 year by day, %s, %s: p50 %.1f ms, p99 %.1f ms (%d runs, %,d observations,"
                        + " %s rows)%n", zone, cut.all() ? "all" : "by " + cut.dimension()
                        + (cut.value() == null ? "" : " = " + cut.value())
                        + (cut.channel() == null ? "" : " within " + cut.channel()), ms[runs / 2],
                ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)], runs, observations,
                level >= 2 ? "day" : level == 1 ? "hour" : "observation");
    }

    /** Conversations 1..N over 2024: opened, customer message, assigned, agent reply, resolved. */
    private static long generate(Database database, int n) throws Exception {
        Random random = new Random(42);
        long events = 0;
        try (Connection c = database.jdbi().open().getConnection()) {
            c.setAutoCommit(false);
            long now = System.currentTimeMillis();
            try (var s = c.createStatement()) {
                s.execute("INSERT INTO contacts (name, created_at, updated_at) VALUES ('bench', CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP)");
                s.execute("INSERT INTO channel_instances (instance_key, channel_type, name, config_json, secrets_enc,"
                        + " signing_key, created_at, updated_at) VALUES ('bench', 'webchat', 'bench', '{}', '', 'k',"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            long contact;
            long instance;
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT MAX(id) FROM contacts")) {
                rs.next();
                contact = rs.getLong(1);
            }
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT MAX(id) FROM channel_instances")) {
                rs.next();
                instance = rs.getLong(1);
            }
            try (PreparedStatement conv = c.prepareStatement("INSERT INTO conversations (id, contact_id,"
                    + " channel_instance_id, customer_kind, customer_address, status, thread_token, created_at,"
                    + " updated_at) VALUES (?, ?, ?, 'phone', '+1', 'resolved', ?, ?, ?)");
                 PreparedStatement ev = c.prepareStatement("INSERT INTO conversation_events (conversation_id, type, at,"
                         + " channel_type, agent_id, team_id, attributes_json) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                long yearSeconds = 366L * 86400;
                for (int id = 1; id <= n; id++) {
                    Instant opened = YEAR.plusSeconds((long) ((id - 1) * (double) yearSeconds / n));
                    String channel = CHANNELS[random.nextInt(CHANNELS.length)];
                    long agent = 1 + random.nextInt(30);
                    long team = 1 + agent % 5;
                    Instant reply = opened.plusSeconds((long) Math.exp(3 + random.nextDouble() * 8));
                    OffsetDateTime created = OffsetDateTime.ofInstant(opened, ZoneOffset.UTC);
                    conv.setLong(1, id);
                    conv.setLong(2, contact);
                    conv.setLong(3, instance);
                    conv.setString(4, Long.toHexString(id) + "-" + now);
                    conv.setObject(5, created);
                    conv.setObject(6, created);
                    conv.addBatch();
                    event(ev, id, "OPENED", opened, channel, null, team, null);
                    event(ev, id, "CUSTOMER_MESSAGE", opened, channel, null, team, null);
                    event(ev, id, "ASSIGNED", opened.plusSeconds(5), channel, agent, team, null);
                    event(ev, id, "AGENT_REPLY", reply, channel, agent, team, null);
                    event(ev, id, "STATUS_CHANGED", reply.plusSeconds(600), channel, agent, team,
                            "{\"from\":\"open\",\"to\":\"resolved\"}");
                    events += 5;
                    if (id % 5000 == 0) {
                        conv.executeBatch();
                        ev.executeBatch();
                        c.commit();
                    }
                }
                conv.executeBatch();
                ev.executeBatch();
                c.commit();
            }
        }
        return events;
    }

    private static void event(PreparedStatement ev, long id, String type, Instant at, String channel, Long agent,
                              long team, String attributes) throws Exception {
        ev.setLong(1, id);
        ev.setString(2, type);
        ev.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        ev.setString(4, channel);
        if (agent == null) {
            ev.setNull(5, java.sql.Types.BIGINT);
        } else {
            ev.setLong(5, agent);
        }
        ev.setLong(6, team);
        ev.setString(7, attributes);
        ev.addBatch();
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static String option(String[] args, String name, String fallback) {
        List<String> list = new ArrayList<>(List.of(args));
        int i = list.indexOf(name);
        return i >= 0 && i + 1 < list.size() ? list.get(i + 1) : fallback;
    }
}
