package io.switchboard.host.metrics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * How a rollup level cuts time: fixed UTC buckets (an hour) or the local days of one time zone
 * (23 or 25 hours long on daylight-saving days), so a day report in that zone reads day rows;
 * and how buckets are grouped into the blocks stored as one row ({@link RollupBlock}): a
 * fixed bucket's block is 24 buckets (a UTC day of hours), a local day's is its local week from
 * Monday.
 */
public sealed interface Grain {

    /** The start (epoch seconds) of the bucket holding {@code epochSecond}. */
    long start(long epochSecond);

    /** The end (exclusive) of the bucket starting at {@code start}. */
    long end(long start);

    /** The start of the block holding the bucket that starts at {@code bucketStart}. */
    long blockStart(long bucketStart);

    /** Fixed-length buckets aligned to the epoch. */
    record Fixed(long seconds) implements Grain {
        @Override
        public long start(long epochSecond) {
            return Math.floorDiv(epochSecond, seconds) * seconds;
        }

        @Override
        public long end(long start) {
            return start + seconds;
        }

        @Override
        public long blockStart(long bucketStart) {
            return Math.floorDiv(bucketStart, seconds * 24) * seconds * 24;
        }
    }

    /** Local days of a zone. */
    record ZoneDay(ZoneId zone) implements Grain {
        @Override
        public long start(long epochSecond) {
            if (zone.getRules().isFixedOffset()) { // UTC and the like: plain arithmetic, no calendar
                long offset = zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds();
                return Math.floorDiv(epochSecond + offset, 86_400L) * 86_400L - offset;
            }
            return Instant.ofEpochSecond(epochSecond).atZone(zone).toLocalDate().atStartOfDay(zone).toEpochSecond();
        }

        @Override
        public long end(long start) {
            return Instant.ofEpochSecond(start).atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone)
                    .toEpochSecond();
        }

        @Override
        public long blockStart(long bucketStart) {
            if (zone.getRules().isFixedOffset()) {
                long offset = zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds();
                long day = Math.floorDiv(bucketStart + offset, 86_400L);
                return (day - Math.floorMod(day + 3, 7)) * 86_400L - offset; // day 0 was a Thursday
            }
            return Instant.ofEpochSecond(bucketStart).atZone(zone).toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toEpochSecond();
        }
    }
}
