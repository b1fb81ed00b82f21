package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Full-text search over message text, on PostgreSQL only: a stored generated column
 * {@code search_tsv = to_tsvector('simple', left(body_text, 100000))} with a GIN index (the
 * 'simple' configuration: no stemming, so every language is searched the same way; the first
 * 100,000 characters, well under tsvector's 1 MB limit). A stored column rather than an
 * expression index so that scanning the newest messages for a common word does not recompute
 * vectors (see io.switchboard.host.search.MessageSearch). Adding it rewrites the messages table
 * once. On H2 this migration does nothing and search scans. A Java migration because Flyway
 * scans {@code db/migration} recursively, so a vendor sub-folder of SQL files would run on H2 too.
 */
public class V9_1__Message_full_text_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equalsIgnoreCase(product)) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE messages ADD COLUMN search_tsv tsvector"
                    + " GENERATED ALWAYS AS (to_tsvector('simple', left(body_text, 100000))) STORED");
            statement.execute("CREATE INDEX messages_search ON messages USING GIN (search_tsv)");
        }
    }
}
