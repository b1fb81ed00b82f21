package io.switchboard.host.store;

/** The database products the store runs on. */
public enum Dialect {
    H2,
    POSTGRESQL;

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL (use jdbc:postgresql: or jdbc:h2:): "
                + jdbcUrl.replaceAll("password=[^&;]*", "password=***"));
    }
}
