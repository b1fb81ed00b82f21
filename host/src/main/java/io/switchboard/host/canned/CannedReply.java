package io.switchboard.host.canned;

import java.time.Instant;

/**
 * A reply template. {@code shared} ones belong to the desk (admins manage them); personal ones
 * to {@code ownerId} alone. {@code shortcut} is the slug agents type after "/" in the reply box.
 */
public record CannedReply(long id, String title, String shortcut, String body, boolean shared, Long ownerId,
                          Instant createdAt, Instant updatedAt) {
}
