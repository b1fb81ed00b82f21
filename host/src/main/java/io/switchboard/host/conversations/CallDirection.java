package io.switchboard.host.conversations;

import java.util.Locale;

/** Who placed a call: the customer (inbound) or an agent through the desk (outbound). */
public enum CallDirection {
    INBOUND,
    OUTBOUND;

    /** The lower-case name stored and shown in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static CallDirection of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
