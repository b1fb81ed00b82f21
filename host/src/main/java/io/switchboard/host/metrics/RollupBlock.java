package io.switchboard.host.metrics;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The rollup buckets of one block, as one stored value: a row of {@code metric_rollups} holds a
 * block of consecutive buckets (a UTC day of hours, a local week of days; see
 * {@link Grain#blockStart}) instead of one bucket, so a backfill writes and a report reads one
 * row where it used to touch 7 or 24. Per non-empty bucket, in ascending order: the bucket
 * start's distance from the block start, the count, sum, min and max, the within-target count,
 * and the histogram bins.
 */
public final class RollupBlock {

    /** The longest a block spans: a week of local days, one of them 25 hours long. */
    public static final long MAX_SPAN_SECONDS = 7 * 86_400L + 3600;

    private RollupBlock() {
    }

    /** What a report does with the buckets of a block, one by one. */
    public interface BucketReader {

        /** A bucket's figures; returns whether its histogram bins are wanted. */
        boolean bucket(long start, long count, double sum, double min, double max, long within);

        /** The wanted bucket's bins: the first {@code n} of the arrays, ascending (the arrays are reused). */
        void bins(int[] bins, long[] counts, int n);
    }

    static byte[] encode(long block, SortedMap<Long, Rollup> buckets) {
        ByteWriter out = new ByteWriter();
        for (Map.Entry<Long, Rollup> e : buckets.entrySet()) {
            out.varint(e.getKey() - block);
            e.getValue().writeTo(out);
        }
        return out.toByteArray();
    }

    static TreeMap<Long, Rollup> decode(long block, byte[] encoded) {
        TreeMap<Long, Rollup> buckets = new TreeMap<>();
        ByteReader in = new ByteReader(encoded);
        while (in.hasMore()) {
            long start = block + in.varint();
            buckets.put(start, Rollup.readFrom(in));
        }
        return buckets;
    }

    /** Reads the buckets one by one without building rollups (reports merge thousands). */
    public static void read(long block, byte[] encoded, BucketReader reader) {
        ByteReader in = new ByteReader(encoded);
        SparseBins.Run run = new SparseBins.Run();
        while (in.hasMore()) {
            long start = block + in.varint();
            long count = in.varint();
            double sum = in.rawDouble();
            double min = in.rawDouble();
            double max = in.rawDouble();
            long within = in.varint();
            boolean wanted = reader.bucket(start, count, sum, min, max, within);
            run.read(in);
            if (wanted) {
                reader.bins(run.bins, run.counts, run.size);
            }
        }
    }
}
