package io.switchboard.host.metrics;

import java.time.ZoneId;
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
    private final int[] levels;
    private final Grain[] byIndex;

    private Levels(Map<Integer, Grain> grains) {
        this.grains = grains;
        this.levels = grains.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        this.byIndex = new Grain[levels.length];
        for (int i = 0; i < levels.length; i++) {
            byIndex[i] = grains.get(levels[i]);
        }
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

    /** The levels in ascending order (the caller must not change the array). */
    int[] levels() {
        return levels;
    }

    /** The grain of {@code levels()[index]}. */
    Grain grainAt(int index) {
        return byIndex[index];
    }

    /** The level holding the local days of {@code zone}, if it is written. */
    public Optional<Integer> dayLevel(ZoneId zone) {
        return grains.entrySet().stream()
                .filter(e -> e.getValue() instanceof Grain.ZoneDay d && d.zone().normalized().equals(zone.normalized()))
                .map(Map.Entry::getKey).findFirst();
    }
}
