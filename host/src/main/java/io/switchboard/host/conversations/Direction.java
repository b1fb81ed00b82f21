package io.switchboard.host.conversations;

import java.util.Locale;

/** Who a message is from and who sees it: customer in, agent out, or a private note. */
public enum Direction {
    INBOUND,
    OUTBOUND,
    NOTE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Direction of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
