package io.switchboard.host.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * H2 only: writes a new message's words into {@code message_words} in the inserting transaction
 * (created by migration V9_2). A trigger rather than code in the stores so that every path that
 * inserts messages (stores, surveys, imports, the benchmark's loader) keeps the index complete.
 */
public final class MessageWordsTrigger implements Trigger {

    private int idColumn = -1;
    private int textColumn = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        try (ResultSet columns = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (columns.next()) {
                String name = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                int index = columns.getInt("ORDINAL_POSITION") - 1;
                if (name.equals("id")) {
                    idColumn = index;
                } else if (name.equals("body_text")) {
                    textColumn = index;
                }
            }
        }
        if (idColumn < 0 || textColumn < 0) {
            throw new SQLException("table " + tableName + " has no id or body_text column");
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        insert(conn, ((Number) newRow[idColumn]).longValue(), (String) newRow[textColumn]);
    }

    /** Writes the words of one message (also used by the migration to index existing messages). */
    public static void insert(Connection conn, long messageId, String text) throws SQLException {
        var words = MessageWords.of(text);
        if (words.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = conn.prepareStatement(
                "INSERT INTO message_words (word, message_id) VALUES (?, ?)")) {
            for (String word : words) {
                insert.setString(1, word);
                insert.setLong(2, messageId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
