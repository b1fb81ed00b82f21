package io.switchboard.host.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits IN lists so no statement carries thousands of parameters. */
final class Batches {

    private Batches() {
    }

    static <T> List<List<T>> of(Collection<T> items, int size) {
        List<T> all = new ArrayList<>(items);
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            parts.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return parts;
    }

    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
