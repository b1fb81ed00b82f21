package io.switchboard.host.conversations;

import io.switchboard.host.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Keyset position in an inbox order (rank asc, updated_at desc, id desc; see InboxSort):
 * stable while conversations change, unlike offsets. Opaque to clients; it names its order so a
 * cursor of one sort is refused by another.
 */
record PageCursor(InboxSort sort, int rank, Instant updatedAt, long id) {

    String encode() {
        String raw = sort.id() + ":" + rank + ":" + updatedAt.getEpochSecond() + ":" + updatedAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static PageCursor decode(String cursor, InboxSort expected) {
        PageCursor decoded;
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            decoded = new PageCursor(InboxSort.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT)),
                    Integer.parseInt(parts[1]),
                    Instant.ofEpochSecond(Long.parseLong(parts[2]), Long.parseLong(parts[3])), Long.parseLong(parts[4]));
        } catch (RuntimeException e) {
            throw Problem.badRequest("cursor is not one this API returned");
        }
        if (decoded.sort() != expected) {
            throw Problem.badRequest("cursor belongs to sort=" + decoded.sort().id() + ", not sort=" + expected.id());
        }
        return decoded;
    }
}
