package io.switchboard.host.metrics;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rollup levels written now: 1 = hour, and from 2 the local days of each report zone that
 * is ready (2 is UTC). An immutable snapshot; the worker swaps it when a zone's day rows are
 * built. (There are no 15-minute rows: at a million conversations a year their agent cut is
 * about one row per observation; reports that need 15-minute boundaries read observations.)
 */
public final class Levels {

    public static final int HOUR = 1;
    public static final int FIRST_ZONE = 2;

    private final Map<Integer, Grain> grains;

    private Levels(Map<Integer, Grain> grains) {
        this.grains = grains;
    }

    /** The fixed levels and the days of the given zones by level. */
    static Levels of(Map<Integer, ZoneId> zones) {
        Map<Integer, Grain> grains = new TreeMap<>();
        grains.put(HOUR, new Grain.Fixed(StoredObservation.HOUR));
        zones.forEach((level, zone) -> grains.put(level, new Grain.ZoneDay(zone)));
        return new Levels(Map.copyOf(grains));
    }

    static Levels fixedOnly() {
        return of(Map.of());
    }

    Grain grain(int level) {
        Grain g = grains.get(level);
        if (g == null) {
            throw new IllegalArgumentException("no rollup level " + level);
        }
        return g;
    }

    List<Integer> levels() {
        return new ArrayList<>(new TreeMap<>(grains).keySet());
    }

    /** The level holding the local days of {@code zone}, if it is written. */
    public Optional<Integer> dayLevel(ZoneId zone) {
        return grains.entrySet().stream()
                .filter(e -> e.getValue() instanceof Grain.ZoneDay d && d.zone().normalized().equals(zone.normalized()))
                .map(Map.Entry::getKey).findFirst();
    }
}
