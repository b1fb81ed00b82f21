package io.switchboard.host.conversations;

import java.util.Locale;

/** Where a conversation stands; a customer message reopens a resolved one. */
public enum ConversationStatus {
    OPEN,
    PENDING,
    RESOLVED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConversationStatus of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
