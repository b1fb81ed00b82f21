package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Full-text search index over message text, on PostgreSQL only: a GIN index on
 * {@code to_tsvector('simple', body_text)} (the 'simple' configuration: no stemming, so every
 * language is searched the same way). On H2 this migration does nothing and search scans
 * (see io.switchboard.host.search.MessageSearch). A Java migration because Flyway scans
 * {@code db/migration} recursively, so a vendor sub-folder of SQL files would run on H2 too.
 */
public class V9_1__Message_full_text_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equalsIgnoreCase(product)) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("CREATE INDEX messages_full_text ON messages"
                    + " USING GIN (to_tsvector('simple', body_text))");
        }
    }
}
