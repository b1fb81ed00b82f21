package io.switchboard.host.conversations;

import io.switchboard.host.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Keyset position in the inbox order (updated_at desc, id desc): stable while conversations
 * change, unlike offsets. Opaque to clients.
 */
record PageCursor(Instant updatedAt, long id) {

    String encode() {
        String raw = updatedAt.getEpochSecond() + ":" + updatedAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static PageCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            return new PageCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            throw Problem.badRequest("cursor is not one this API returned");
        }
    }
}
