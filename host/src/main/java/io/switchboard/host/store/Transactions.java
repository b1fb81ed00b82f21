package io.switchboard.host.store;

import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Runs a transaction again when it lost a race that a retry resolves: a unique key taken by
 * a concurrent insert (23505) or a serialization failure or deadlock (40001, 40P01). The
 * retry sees the winner's row, so idempotent writes converge.
 */
public final class Transactions {

    private static final int ATTEMPTS = 5;

    private Transactions() {
    }

    public static <R> R inTransactionWithRetry(Jdbi jdbi, HandleCallback<R, RuntimeException> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(work);
            } catch (JdbiException e) {
                if (attempt >= ATTEMPTS || !isRetryable(e)) {
                    throw e;
                }
            }
        }
    }

    public static boolean isUniqueViolation(Throwable e) {
        return "23505".equals(sqlState(e));
    }

    static boolean isRetryable(Throwable e) {
        String state = sqlState(e);
        return "23505".equals(state) || "40001".equals(state) || "40P01".equals(state);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** Locks a row until the transaction ends, serialising writers of the same aggregate. */
    public static void lockRow(Handle handle, String table, long id) {
        handle.createQuery("SELECT id FROM " + table + " WHERE id = :id FOR UPDATE").bind("id", id)
                .mapTo(Long.class).findOne();
    }
}
