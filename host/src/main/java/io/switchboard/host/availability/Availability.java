package io.switchboard.host.availability;

import io.switchboard.host.problem.Problem;
import java.util.Locale;

/** Whether an agent takes new work: online agents are routed conversations and rung for calls. */
public enum Availability {
    ONLINE,
    AWAY,
    OFFLINE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Availability parse(String value) {
        try {
            return valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("availability must be online, away or offline, not '" + value + "'");
        }
    }
}
