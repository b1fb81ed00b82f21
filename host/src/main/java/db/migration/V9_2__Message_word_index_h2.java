package db.migration;

import io.switchboard.host.search.MessageWordsTrigger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Full-text search over message text on H2, which V9_1 leaves without an index: a word index
 * {@code message_words(word, message_id)} (primary key by word, a second index by message for
 * the per-message checks and the cascade) kept by {@link MessageWordsTrigger} on every insert,
 * and filled here for the messages that exist. H2's own FullText was not used: it keeps no order
 * by message, has no prefix search and splits words differently from PostgreSQL's 'simple'
 * parser. Does nothing on PostgreSQL, which has its GIN index.
 */
public class V9_2__Message_word_index_h2 extends BaseJavaMigration {

    private static final int CHUNK = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!"H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE message_words (word VARCHAR(64) NOT NULL, message_id BIGINT NOT NULL"
                    + " REFERENCES messages (id) ON DELETE CASCADE, PRIMARY KEY (word, message_id))");
            statement.execute("CREATE INDEX message_words_message ON message_words (message_id)");
        }
        indexExisting(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TRIGGER message_words_insert AFTER INSERT ON messages FOR EACH ROW CALL '"
                    + MessageWordsTrigger.class.getName() + "'");
        }
    }

    private static void indexExisting(Connection connection) throws Exception {
        long after = 0;
        try (PreparedStatement chunk = connection.prepareStatement(
                "SELECT id, body_text FROM messages WHERE id > ? ORDER BY id LIMIT " + CHUNK)) {
            while (true) {
                chunk.setLong(1, after);
                long last = after;
                try (ResultSet rows = chunk.executeQuery()) {
                    while (rows.next()) {
                        last = rows.getLong(1);
                        MessageWordsTrigger.insert(connection, last, rows.getString(2));
                    }
                }
                if (last == after) {
                    return;
                }
                after = last;
            }
        }
    }
}
