package io.switchboard.plugins.email;

import java.util.Locale;

/** How a mail connection is protected: implicit TLS, STARTTLS (required, never optional) or none. */
enum Security {
    TLS, STARTTLS, NONE;

    /** The configuration value. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Security of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
