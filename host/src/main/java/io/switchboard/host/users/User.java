package io.switchboard.host.users;

import java.time.Instant;

/** A person who signs in: an agent or an admin. Never carries the password hash. */
public record User(long id, String email, String name, Role role, boolean active, Instant createdAt) {
}
