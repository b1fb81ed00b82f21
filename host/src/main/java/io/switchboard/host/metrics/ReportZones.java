package io.switchboard.host.metrics;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The time zones whose local days have rollup rows of their own, so a day, week or month
 * report in them reads one row per day and cut value. UTC has them from the start; a zone
 * asked for in a report is registered and its rows built by the worker from the stored
 * observations, after which the writer keeps them. At most {@link #MAX_ZONES} zones, since
 * every zone adds rows to each write; reports in other zones read hour rows or, off the whole
 * hour, the observations.
 */
public final class ReportZones {

    private static final Logger LOG = LoggerFactory.getLogger(ReportZones.class);
    public static final int MAX_ZONES = 8;

    private final Jdbi jdbi;
    private volatile Levels levels = Levels.fixedOnly();

    ReportZones(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A registered zone: its level and whether its rows are complete. */
    record Zone(int level, ZoneId zone, boolean ready) {
    }

    /** The levels written and readable now. */
    public Levels levels() {
        return levels;
    }

    /** Asks for day rows in {@code zone} (no-op when it has them, is queued, or the limit is reached). */
    public void request(ZoneId zone) {
        if (levels.dayLevel(zone).isPresent()) {
            return;
        }
        List<Zone> known = list();
        if (known.size() >= MAX_ZONES
                || known.stream().anyMatch(z -> z.zone().normalized().equals(zone.normalized()))) {
            return;
        }
        int level = known.stream().mapToInt(Zone::level).max().orElse(Levels.FIRST_ZONE - 1) + 1;
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO metric_zones (level, zone_id, ready)"
                    + " VALUES (:level, :zone, FALSE)").bind("level", level).bind("zone", zone.getId()).execute());
            LOG.info("Reports: building day rollups for time zone {}", zone.getId());
        } catch (RuntimeException e) {
            // Another request registered a zone at the same moment; the next request tries again.
            LOG.debug("Zone {} not registered: {}", zone.getId(), e.getMessage());
        }
    }

    List<Zone> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT level, zone_id, ready FROM metric_zones ORDER BY level")
                .map((rs, ctx) -> new Zone(rs.getInt(1), ZoneId.of(rs.getString(2)), rs.getBoolean(3))).list());
    }

    /** Re-reads the ready zones (on start and after a build). */
    void reload() {
        Map<Integer, ZoneId> ready = new LinkedHashMap<>();
        for (Zone z : list()) {
            if (z.ready()) {
                ready.put(z.level(), z.zone());
            }
        }
        levels = Levels.of(ready);
    }
}
