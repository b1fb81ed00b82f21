package io.switchboard.host.canned;

import io.switchboard.host.store.Rows;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL for canned replies. */
final class CannedReplyStore {

    private static final RowMapper<CannedReply> MAPPER = (rs, ctx) -> {
        Long owner = Rows.nullableLong(rs, "owner_id");
        return new CannedReply(rs.getLong("id"), rs.getString("title"), rs.getString("shortcut"), rs.getString("body"),
                owner == null, owner, Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
    };

    private final Jdbi jdbi;

    CannedReplyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Shared replies and the viewer's own, matching {@code search} in title, shortcut or body when given. */
    List<CannedReply> visibleTo(long userId, String search) {
        String like = search == null ? null
                : "%" + search.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM canned_replies"
                        + " WHERE (owner_id IS NULL OR owner_id = :user)"
                        + (like == null ? "" : " AND (LOWER(title) LIKE :like ESCAPE '!'"
                        + " OR LOWER(shortcut) LIKE :like ESCAPE '!' OR LOWER(body) LIKE :like ESCAPE '!')")
                        + " ORDER BY LOWER(title), id")
                .bind("user", userId).bind("like", like).map(MAPPER).list());
    }

    Optional<CannedReply> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM canned_replies WHERE id = :id").bind("id", id)
                .map(MAPPER).findOne());
    }

    long insert(Long ownerId, String title, String shortcut, String body, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO canned_replies (owner_id, title, shortcut, body,"
                        + " created_at, updated_at) VALUES (:owner, :title, :shortcut, :body, :now, :now)")
                .bind("owner", ownerId).bind("title", title).bind("shortcut", shortcut).bind("body", body)
                .bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    void update(long id, String title, String shortcut, String body, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE canned_replies SET title = :title, shortcut = :shortcut,"
                        + " body = :body, updated_at = :now WHERE id = :id")
                .bind("id", id).bind("title", title).bind("shortcut", shortcut).bind("body", body).bind("now", now)
                .execute());
    }

    void delete(long id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM canned_replies WHERE id = :id").bind("id", id).execute());
    }

    static int maxSearch() {
        return 200;
    }
}
