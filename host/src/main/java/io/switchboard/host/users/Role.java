package io.switchboard.host.users;

import java.util.Locale;

/** What a user may do: agents work conversations, admins also configure the desk. */
public enum Role {
    AGENT,
    ADMIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
