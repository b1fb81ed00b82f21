package io.switchboard.host.conversations;

import io.switchboard.host.problem.Problem;
import java.util.Locale;

/** How soon a conversation needs an answer, most urgent last; {@code id} is the stored and JSON form. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT;

    /** Rank in the inbox's priority order, as InboxSort's SQL computes it: urgent 0 .. low (or unknown) 3. */
    static int rankOf(String id) {
        for (Priority p : values()) {
            if (p.id().equals(id)) {
                return URGENT.ordinal() - p.ordinal();
            }
        }
        return 3;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Priority of(String id) {
        try {
            return valueOf(id.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Problem.badRequest("priority must be low, normal, high or urgent, was '" + id + "'");
        }
    }
}
