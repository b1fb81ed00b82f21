package io.switchboard.host.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the figures: a report for people, then one {@code RESULT key=value ...} line for
 * scripts. Latencies are in milliseconds, nearest-rank percentiles over every request.
 */
final class BenchReport {

    private final BenchOptions options;
    private final String database;
    private final String databaseKind;
    private final RunResult http;
    private final RunResult jdbc;

    BenchReport(BenchOptions options, String database, String databaseKind, RunResult http, RunResult jdbc) {
        this.options = options;
        this.database = database;
        this.databaseKind = databaseKind;
        this.http = http;
        this.jdbc = jdbc;
    }

    double ratio() {
        return http.perSecond() / jdbc.perSecond();
    }

    void print(PrintStream out, String webChatKey, int poolSize) {
        out.println();
        out.println("Switchboard web chat ingestion benchmark");
        out.println(line("messages (N)", options.messages() + " measured, after " + options.warmup() + " warm-up"));
        out.println(line("clients (C)", options.concurrency() + " threads, one visitor each, closed loop, sharing"
                + " one JDK HttpClient (HTTP/1.1 keep-alive)"));
        out.println(line("database", database));
        out.println(line("machine", Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                + System.getProperty("java.version") + "; the load generator runs in the desk's JVM and competes"
                + " with it for the CPUs"));
        out.println();
        out.println("HTTP  POST /webhooks/" + webChatKey + "/messages, 202 after the commit");
        phase(out, http, "messages/s");
        out.println();
        out.println("JDBC  one INSERT + COMMIT per row (durable-commit limit), " + options.concurrency()
                + " threads, pool of " + poolSize);
        phase(out, jdbc, "rows/s");
        out.println();
        out.println(line("HTTP/JDBC", String.format(Locale.ROOT, "%.3f of the commit limit (%.1fx slower)",
                ratio(), 1 / ratio())));
        out.println(resultLine());
    }

    private static void phase(PrintStream out, RunResult run, String unit) {
        Percentiles p = run.percentiles();
        out.println(line("throughput", String.format(Locale.ROOT, "%.1f %s (%d in %.2f s)", run.perSecond(), unit,
                run.count(), run.seconds())));
        out.println(line("latency ms", String.format(Locale.ROOT,
                "p50 %.2f   p90 %.2f   p99 %.2f   max %.2f   (mean %.2f, min %.2f)", ms(p.at(50)), ms(p.at(90)),
                ms(p.at(99)), ms(p.max()), p.mean() / 1e6, ms(p.min()))));
        cpu(out, run);
    }

    /** Where the CPU went: the JVM split by thread owner, the JIT and GC, and the rest of the machine. */
    private static void cpu(PrintStream out, RunResult run) {
        CpuMeter.Usage cpu = run.cpu();
        out.println(line("cpu", String.format(Locale.ROOT,
                "this JVM %.2f cores = desk threads %.2f + load generator %.2f + JIT/GC %.2f; %.0f us per op",
                cpu.processCores(), cpu.deskCores(), cpu.clientCores(), cpu.jvmCores(),
                cpu.processNanos() / 1e3 / run.count())));
        out.println(line("jvm", String.format(Locale.ROOT,
                "JIT compile tasks %d ms (wall, all compiler threads), GC %d ms, in %.2f s", cpu.jitMillis(),
                cpu.gcMillis(), run.seconds())));
        if (cpu.machineBusy() >= 0) {
            out.println(line("machine", String.format(Locale.ROOT,
                    "%.0f%% of %d CPUs busy, %.0f%% iowait; other processes (database server, anything else)"
                            + " %.2f cores", cpu.machineBusy() * 100, cpu.machineCpus(), cpu.machineIoWait() * 100,
                    cpu.otherProcessCores())));
        }
    }

    String resultLine() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("messages", String.valueOf(options.messages()));
        values.put("concurrency", String.valueOf(options.concurrency()));
        values.put("warmup", String.valueOf(options.warmup()));
        values.put("db", databaseKind);
        values.put("cpus", String.valueOf(Runtime.getRuntime().availableProcessors()));
        figures(values, "http", http);
        figures(values, "jdbc", jdbc);
        values.put("ratio", String.format(Locale.ROOT, "%.4f", ratio()));
        StringBuilder line = new StringBuilder("RESULT");
        values.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
        return line.toString();
    }

    private static void figures(Map<String, String> values, String prefix, RunResult run) {
        Percentiles p = run.percentiles();
        values.put(prefix + "_per_s", String.format(Locale.ROOT, "%.1f", run.perSecond()));
        values.put(prefix + "_p50_ms", String.format(Locale.ROOT, "%.3f", ms(p.at(50))));
        values.put(prefix + "_p90_ms", String.format(Locale.ROOT, "%.3f", ms(p.at(90))));
        values.put(prefix + "_p99_ms", String.format(Locale.ROOT, "%.3f", ms(p.at(99))));
        values.put(prefix + "_max_ms", String.format(Locale.ROOT, "%.3f", ms(p.max())));
        values.put(prefix + "_jvm_cores", String.format(Locale.ROOT, "%.2f", run.cpu().processCores()));
        values.put(prefix + "_client_cores", String.format(Locale.ROOT, "%.2f", run.cpu().clientCores()));
        values.put(prefix + "_machine_busy", String.format(Locale.ROOT, "%.2f", run.cpu().machineBusy()));
    }

    private static String line(String label, String value) {
        return String.format(Locale.ROOT, "  %-12s %s", label, value);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
