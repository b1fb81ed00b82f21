package io.switchboard.host.conversations;

import java.util.List;

/** One page of a list; {@code nextCursor} fetches the next, or is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }
}
