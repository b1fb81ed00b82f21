package io.switchboard.host.metrics;

import java.time.Instant;
import java.time.ZoneId;

/**
 * How a rollup level cuts time: fixed UTC buckets (15 minutes, an hour) or the local days of
 * one time zone (23 or 25 hours long on daylight-saving days), so a day report in that zone
 * reads one row per day.
 */
public sealed interface Grain {

    /** The start (epoch seconds) of the bucket holding {@code epochSecond}. */
    long start(long epochSecond);

    /** The end (exclusive) of the bucket starting at {@code start}. */
    long end(long start);

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
    }
}
