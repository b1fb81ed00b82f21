package io.switchboard.host.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line: {@code --messages N --concurrency C [--db-url JDBC] [--plugins DIR]
 * [--warmup W]}.
 *
 * @param messages measured messages (and JDBC rows), N
 * @param concurrency client threads, C
 * @param warmup messages (and rows) sent before measuring, W
 * @param dbUrl a PostgreSQL (or H2) JDBC URL; {@code null} means embedded H2 in a fresh temp directory
 * @param plugins the directory of bundled plugin zips
 */
record BenchOptions(int messages, int concurrency, int warmup, String dbUrl, Path plugins) {

    static final String USAGE = "usage: WebChatBenchmark --messages N --concurrency C [--db-url JDBC]"
            + " [--plugins DIR] [--warmup W]\n  defaults: N=5000, C=16, W=20000 (the JIT needs it), plugins host/target/plugins,"
            + " embedded H2 in a fresh temp directory";

    private static final Set<String> KNOWN = Set.of("--messages", "--concurrency", "--warmup", "--db-url",
            "--plugins");

    BenchOptions {
        if (messages < 1 || concurrency < 1 || warmup < 0) {
            throw new IllegalArgumentException("need --messages >= 1, --concurrency >= 1 and --warmup >= 0");
        }
        if (dbUrl != null && dbUrl.contains("currentSchema=")) {
            throw new IllegalArgumentException("--db-url must not set currentSchema: the benchmark makes a fresh one");
        }
    }

    static BenchOptions parse(String... args) {
        Map<String, String> values = pairs(List.of(args));
        return new BenchOptions(
                number(values, "--messages", 5000),
                number(values, "--concurrency", 16),
                number(values, "--warmup", 20_000),
                values.get("--db-url"),
                Path.of(values.getOrDefault("--plugins", "host/target/plugins")));
    }

    private static Map<String, String> pairs(List<String> args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            values.put(name, args.get(i + 1));
        }
        return values;
    }

    private static int number(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
        }
    }
}
