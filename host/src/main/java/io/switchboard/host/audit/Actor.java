package io.switchboard.host.audit;

import io.switchboard.host.users.User;

/** Who did something: a signed-in user, or the desk itself. */
public record Actor(Long userId, String name) {

    public static final Actor SYSTEM = new Actor(null, "system");

    public static Actor of(User user) {
        return new Actor(user.id(), user.email());
    }
}
