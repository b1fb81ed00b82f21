package io.switchboard.host.bench;

import io.switchboard.host.search.SearchResource;
import io.switchboard.host.store.Database;
import io.switchboard.host.store.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code ./switchboard bench-search}: loads N messages (default 1,000,000) into a fresh database
 * migrated by the desk, then measures {@code GET /api/v1/search}'s work (SearchResource called
 * in-process: SQL, snippets, contacts; no HTTP) for queries of different selectivity, and prints
 * p50/p99 per kind. Options: --messages N, --queries Q per kind (default 100), --db-url JDBC
 * (default embedded H2; a PostgreSQL URL gets a fresh schema, dropped afterwards).
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int messages = Integer.parseInt(options.getOrDefault("--messages", "1000000"));
        int queries = Integer.parseInt(options.getOrDefault("--queries", "100"));
        BenchDatabase db = BenchDatabase.create(options.get("--db-url"));
        System.out.println("database: " + db.describe());
        try (Database database = Database.open(db.url(), db.dataDir())) {
            long start = System.nanoTime();
            try (Connection c = DriverManager.getConnection(db.url())) {
                boolean postgres = database.dialect() == Dialect.POSTGRESQL;
                if (postgres) {
                    execute(c, "DROP INDEX messages_search"); // built once after the load, as a bulk import would
                }
                new SearchCorpus().load(c, messages);
                System.out.printf("loaded %,d messages in %.1f s%n", messages, seconds(start));
                if (postgres) {
                    long index = System.nanoTime();
                    execute(c, "CREATE INDEX messages_search ON messages USING GIN (search_tsv)");
                    execute(c, "ANALYZE");
                    System.out.printf("built the GIN index in %.1f s%n", seconds(index));
                }
            }
            measure(new SearchResource(database.jdbi(), database.dialect()), messages, queries, db.kind());
        } finally {
            db.drop();
        }
    }

    private static void measure(SearchResource search, int messages, int queries, String kind) {
        int conversations = Math.max(1, messages / SearchCorpus.MESSAGES_PER_CONVERSATION);
        Random random = new Random(7);
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("common word (order)", repeat("order", queries));
        kinds.put("two common words", repeat("parcel delivery", queries));
        kinds.put("three words (~0.5% of messages)", repeat("lamp vase candle", queries));
        kinds.put("four words (~0.1% of messages)", repeat("lamp vase candle mirror", queries));
        kinds.put("rare word (1 conversation)", generate(queries,
                () -> SearchCorpus.orderNumber(1 + random.nextInt(conversations))));
        kinds.put("rare + common", generate(queries,
                () -> "order " + SearchCorpus.orderNumber(1 + random.nextInt(conversations))));
        kinds.put("no match", repeat("zyxwvut", queries));
        for (int i = 0; i < 10; i++) {
            search.search("order", 20); // warm-up: caches, JIT
        }
        for (Map.Entry<String, List<String>> entry : kinds.entrySet()) {
            long[] samples = new long[entry.getValue().size()];
            int hits = 0;
            for (int i = 0; i < samples.length; i++) {
                long t = System.nanoTime();
                hits += search.search(entry.getValue().get(i), 20).messages().size();
                samples[i] = System.nanoTime() - t;
            }
            Percentiles p = new Percentiles(samples);
            System.out.printf("RESULT search db=%s messages=%d query=\"%s\" n=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f"
                            + " avg_hits=%.1f%n", kind, messages, entry.getKey(), p.count(), p.at(50) / 1e6,
                    p.at(99) / 1e6, p.max() / 1e6, hits / (double) samples.length);
        }
    }

    private static List<String> repeat(String q, int n) {
        return generate(n, () -> q);
    }

    private static List<String> generate(int n, java.util.function.Supplier<String> next) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(next.get());
        }
        return list;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!List.of("--messages", "--queries", "--db-url").contains(args[i])) {
                throw new IllegalArgumentException("usage: bench-search [--messages N] [--queries Q] [--db-url JDBC]");
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
